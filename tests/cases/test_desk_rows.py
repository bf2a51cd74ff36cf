"""The desk's rows, written from plain values by cases/selectors.py (not by a template tag
per cell, which cost more than the query): what each cell says, in the reader's language."""

import html
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from cases.models import Case
from tests.factories import make_case, make_packet


def text_of(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_case_list_rows_say_their_times_in_french(client, tenants):
    soon = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Soon")
    late = make_case(tenants.a2, by=tenants.consultant_a, target_type="brand", brand="Late")
    now = timezone.now()
    for case, due in ((soon, now + timedelta(days=3, hours=1)), (late, now - timedelta(days=2))):
        Case.objects.filter(pk=case.pk).update(
            status="information_requested", answer_due_at=due, attempt=2
        )
    client.force_login(tenants.consultant_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    page = text_of(client, "case_list")

    assert f"Sélectionner le dossier {soon.pk}" in page
    assert "(tentative 2)" in page
    assert "dans 3\xa0jours" in page or "dans 3 jours" in page
    assert "en retard de 2\xa0jours" in page or "en retard de 2 jours" in page
    assert "il y a " in page
    assert " ago<" not in page


def test_home_page_lists_recent_and_overdue_cases_with_their_links(client, tenants):
    late = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Late")
    Case.objects.filter(pk=late.pk).update(
        status="submitted", answer_due_at=timezone.now() - timedelta(hours=5)
    )
    client.force_login(tenants.consultant_a)

    page = text_of(client, "home")

    link = reverse("case_detail", args=[late.pk])
    assert f'<a href="{link}">#{late.pk} Alpha One LLC</a> · Submitted to Amazon · ' in page
    assert 'text-bg-primary">Submitted to Amazon</span>' in page  # the recent cases' badge


def test_review_queue_rows_link_the_review_and_the_packet(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Acme")
    Case.objects.filter(pk=case.pk).update(status="in_review", review_requested_at=timezone.now())
    version = make_packet(case)
    client.force_login(tenants.reviewer_a)

    page = text_of(client, "review_queue")

    assert f'<a href="{reverse("case_review", args=[case.pk])}">{case.pk}</a>' in page
    assert f'<a href="{reverse("packet_pdf", args=[version.pk])}">version 1</a>' in page
    assert "<td>Alpha One LLC</td>" in page
    assert '<td class="small">Acme</td>' in page


def test_what_people_typed_is_escaped_in_every_desk_row(client, tenants):
    """The rows are written in Python (cases/templatetags/desk_rows.py): a seller's name or
    a brand holding markup shows as text on the list, the home page and the queue."""
    tenants.a1.legal_name = 'Evil <img src=x onerror=alert(1)> & "Co"'
    tenants.a1.save(update_fields=["legal_name"])
    case = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="<script>x")
    Case.objects.filter(pk=case.pk).update(
        status="in_review",
        review_requested_at=timezone.now(),
        answer_due_at=timezone.now() - timedelta(hours=2),
    )
    make_packet(case)

    for person, name in (
        (tenants.consultant_a, "case_list"),
        (tenants.consultant_a, "home"),
        (tenants.reviewer_a, "review_queue"),
    ):
        client.force_login(person)
        page = client.get(reverse(name)).content.decode()
        assert "<img src=x" not in page and "<script>x" not in page, name
        assert "Evil &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;" in page, name
    assert "&lt;script&gt;x" in client.get(reverse("review_queue")).content.decode()


def test_the_filters_show_what_was_asked_and_keep_it_escaped(client, tenants):
    client.force_login(tenants.consultant_a)

    page = client.get(reverse("case_list"), {"q": 'a"><b>', "status": "in_review", "per": "25"})

    text = page.content.decode()
    assert 'name="q" id="id_q" value="a&quot;&gt;&lt;b&gt;" class="form-control' in text
    assert 'type="search"' in text and 'maxlength="100"' in text
    assert '<option value="in_review" selected>' in text
    assert '<option value="25" selected>25</option>' in text
    assert '<option value="draft">' in text  # the others stay offered, not selected
    assert '<input type="hidden" name="sort" id="id_sort" value="">' in text


def test_a_filter_not_understood_is_named_and_the_others_still_apply(client, tenants):
    from cases.services.cases import create_case

    appeal = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    gating = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Kept")
    client.force_login(tenants.consultant_a)

    page = text_of_query(client, {"status": "nope", "kind": "gating", "per": "7"})

    # The rows' tick boxes (a bare value="1" would also match a person in the menus).
    assert f'name="case" value="{gating.pk}"' in page
    assert f'name="case" value="{appeal.pk}"' not in page
    assert "These filters were not understood and are left out: Status (" in page
    assert "Rows (" in page  # 7 is no page size offered: named too, and 50 rows shown

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    assert "Ces filtres n'ont pas été compris et sont ignorés" in text_of_query(
        client, {"status": "nope"}
    )


def text_of_query(client, query):
    response = client.get(reverse("case_list"), query)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_export_applies_the_filters_understood_as_the_list_does(client, tenants):
    from cases.services.cases import create_case

    appeal = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    gating = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Kept")
    client.force_login(tenants.consultant_a)

    response = client.get(reverse("case_export"), {"status": "nope", "kind": "gating"})

    numbers = [
        line.split(",")[0]
        for line in b"".join(response.streaming_content).decode().splitlines()[1:]
    ]
    assert str(gating.pk) in numbers and str(appeal.pk) not in numbers
