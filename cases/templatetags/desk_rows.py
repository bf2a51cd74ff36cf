"""The rows of the desk's long tables, written in Python: `{% load desk_rows %}`.

{% case_list_rows rows list_url %}      the case list's <tr>s (cases/case_list.html)
{% review_queue_rows rows cases_url %}  the review queue's <tr>s (documents/review_queue.html)

A template loop costs about 500 Python calls a row of ten cells (a lookup, a filter and an
escape for each value), and Django's format_html over a hundred more; fifty rows cost more
than every query of the page. Like the admin's change list
(django.contrib.admin.templatetags.admin_list.items_for_result), each row is written here,
and every value goes through `_e` (the standard library's html.escape, which Django's own
escape calls): what a person typed (seller, target, assignee) is never put in unescaped.
The rows arrive with their words already said (cases.selectors.list_rows, the queue's
view).
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cases.selectors import SORTS

register = template.Library()

EMPTY = "–"


def _e(value):
    return escape(str(value))


def _case_link(list_url, row):
    """ "#12 Seller name", linked to the case page."""
    return f'<a href="{list_url}{row["pk"]:d}/">#{row["pk"]:d} {_e(row["seller"] or "")}</a>'


def _status(row):
    badge, label = _e(row["status_badge"]), _e(row["status_label"])
    return f'<span class="badge rounded-pill {badge}">{label}</span>'


def _verdict(row):
    if not row["verdict"]:
        return EMPTY
    return f'<span class="badge {_e(row["verdict_badge"])}">{_e(row["verdict_label"])}</span>'


def _due(row):
    if not row["due_at"]:
        return EMPTY
    if row["overdue"]:
        return f'<span class="badge text-bg-danger">{_e(row["due_text"])}</span>'
    return f'<span title="{_e(row["due_title"])}">{_e(row["due_text"])}</span>'


def _case_list_row(row, list_url):
    pk = row["pk"]
    attempt = (
        f' <span class="small text-muted">({_e(row["attempt_label"])})</span>'
        if row["attempt"] > 1
        else ""
    )
    danger = ' class="table-danger"' if row["overdue"] else ""
    return (
        f"<tr{danger}>"
        f'<td><input class="form-check-input" type="checkbox" name="case" value="{pk:d}"'
        f' aria-label="{_e(row["select_label"])}"></td>'
        f'<td><a href="{_e(list_url)}{pk:d}/">{pk:d}</a>{attempt}</td>'
        f"<td>{_e(row['seller'] or '')}</td><td>{_e(row['kind_label'])}</td>"
        f'<td class="small">{_e(row["target"])}</td>'
        f"<td>{_status(row)}</td>"
        f"<td>{_verdict(row)}</td>"
        f'<td class="small text-nowrap">{_due(row)}</td>'
        f'<td class="small">{_e(row["assignee"] or EMPTY)}</td>'
        f'<td class="small text-nowrap" title="{_e(row["updated_title"])}">'
        f"{_e(row['updated_text'])}</td>"
        "</tr>"
    )


@register.simple_tag
def case_list_rows(rows, list_url):
    """The case list's rows (list_rows), or the one row that says none matches."""
    if not rows:
        return mark_safe(  # noqa: S308 - the one value is escaped
            f'<tr><td colspan="10" class="text-muted">{_e(_("No case matches."))}</td></tr>'
        )
    return mark_safe("\n".join(_case_list_row(row, list_url) for row in rows))  # noqa: S308


@register.simple_tag
def review_queue_rows(rows, cases_url):
    """The review queue's rows (documents.packet_views.review_queue), or "Nothing to review"."""
    if not rows:
        return mark_safe(  # noqa: S308 - the one value is escaped
            f'<tr><td colspan="6" class="text-muted">{_e(_("Nothing to review."))}</td></tr>'
        )
    overdue = f' <span class="badge text-bg-danger">{_e(_("Overdue"))}</span>'
    answer = _e(_("answer to Amazon's request"))
    answer = f' <span class="badge text-bg-info">{answer}</span>'
    not_rendered = f'<span class="text-muted">{_e(_("not rendered"))}</span>'
    cases_url = _e(cases_url)

    def packet(row):
        if not row["packet_id"]:
            return not_rendered
        supplementary = answer if row["packet_supplementary"] else ""
        return f'<a href="{_e(row["packet_url"])}">{_e(row["version_label"])}</a>{supplementary}'

    def line(row):
        pk = row["pk"]
        target = row["target"] if row["kind"] == "gating" else row["kind_label"]
        return (
            f'<tr><td><a href="{cases_url}{pk:d}/review/">{pk:d}</a>'
            f"{overdue if row['overdue'] else ''}</td>"
            f'<td>{_e(row["seller"] or "")}</td><td class="small">{_e(target)}</td>'
            f'<td class="small" title="{_e(row.get("waiting_title", ""))}">'
            f"{_e(row.get('waiting_label', ''))}</td>"
            f"<td>{_verdict(row)}</td><td>{packet(row)}</td></tr>"
        )

    return mark_safe("\n".join(line(row) for row in rows))  # noqa: S308


@register.simple_tag
def filter_control(field):
    """The control of one of the case list's filters: a menu, or an input (hidden ones too).

    Written here as the rows are: Django renders each widget, and each option of a menu,
    through a template of its own (some 700 calls a menu). Attributes are the widget's own
    (placeholder, maxlength...), every one escaped.
    """
    value = field.value()
    current = "" if value is None else str(value)
    name, control_id = _e(field.html_name), _e(field.auto_id)
    if field.widget_type == "select":
        options = "".join(
            f'<option value="{_e(choice)}"{" selected" if str(choice) == current else ""}>'
            f"{_e(label)}</option>"
            for choice, label in field.field.choices
        )
        return mark_safe(  # noqa: S308 - every value escaped
            f'<select class="form-select form-select-sm" name="{name}" id="{control_id}">'
            f"{options}</select>"
        )
    widget = field.field.widget
    attrs = field.build_widget_attrs(dict(widget.attrs))
    kind = attrs.pop("type", widget.input_type)
    extra = "".join(f' {_e(key)}="{_e(text)}"' for key, text in attrs.items() if text is not True)
    extra += "".join(f" {_e(key)}" for key, text in attrs.items() if text is True)
    if kind != "hidden":
        extra = ' class="form-control form-control-sm"' + extra
    return mark_safe(  # noqa: S308 - every value escaped
        f'<input type="{_e(kind)}" name="{name}" id="{control_id}" value="{_e(current)}"{extra}>'
    )


@register.simple_tag
def home_overdue_items(rows, list_url):
    """The home page's overdue cases: number, seller, status and when the answer was due."""
    due = _("due %(due)s")
    list_url = _e(list_url)
    return mark_safe(  # noqa: S308 - every value escaped
        "".join(
            f'<li class="list-group-item">{_case_link(list_url, row)} · '
            f"{_e(row['status_label'])} · "
            f'<span class="text-danger">{_e(due % {"due": row["due_title"]})}</span></li>'
            for row in rows
        )
    )


@register.simple_tag
def home_recent_items(rows, list_url):
    """The home page's recent cases: number, seller, kind and status."""
    list_url = _e(list_url)
    return mark_safe(  # noqa: S308 - every value escaped
        "".join(
            f'<li class="list-group-item d-flex justify-content-between"><span>'
            f"{_case_link(list_url, row)}"
            f' <span class="text-muted small">· {_e(row["kind_label"])}</span></span> '
            f"{_status(row)}</li>"
            for row in rows
        )
    )


@register.simple_tag(takes_context=True)
def sort_link(context, key):
    """A sortable column's title: a link that sorts the list by it, keeping the filters; the
    column in use in bold."""
    query = context.get("query_string", "")
    bold = " fw-bold" if context.get("sort") == key else ""
    href = f"?{query}&sort={key}" if query else f"?sort={key}"
    return mark_safe(  # noqa: S308 - every value escaped
        f'<a class="link-body-emphasis{bold}" href="{_e(href)}">{_e(SORTS[key][0])}</a>'
    )
