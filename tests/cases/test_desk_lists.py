"""Case lists for a working day: saved views, page size, bulk work, CSV export, search."""

import csv
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cases.models import Case, CaseEvent, SavedView
from tests.factories import make_case


@pytest.fixture
def desk(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


def numbers(page):
    return [int(n) for n in re.findall(r'<td><a href="/cases/(\d+)/">', page)]


def exported(response):
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


def test_a_saved_view_is_listed_opened_and_deleted(desk, tenants):
    due_soon = desk.post(
        reverse("saved_view_create"),
        {"name": "My overdue", "query": "due=overdue&sort=due&per=25&page=3&bogus=1"},
    )
    view = SavedView.objects.get(name="My overdue")
    # Only what the list understands is kept (no page number, no stray parameter).
    assert view.query == "due=overdue&sort=due&per=25"
    assert due_soon["Location"].endswith("?due=overdue&sort=due&per=25")
    page = desk.get(reverse("case_list")).content.decode()
    assert f'href="/cases/?{view.query.replace("&", "&amp;")}"' in page
    assert 'aria-current="page"' not in page
    opened = desk.get(reverse("case_list") + "?" + view.query).content.decode()
    assert 'aria-current="page">My overdue</a>' in opened

    # Another person of the workspace neither sees it nor deletes it.
    desk.force_login(tenants.reviewer_a)
    assert "My overdue" not in desk.get(reverse("case_list")).content.decode()
    assert desk.post(reverse("saved_view_delete", args=[view.pk])).status_code == 404

    desk.force_login(tenants.consultant_a)
    desk.post(reverse("saved_view_delete", args=[view.pk]))
    assert not SavedView.objects.exists()


def test_saving_twice_under_one_name_replaces_the_filters(desk):
    desk.post(reverse("saved_view_create"), {"name": "Mine", "query": "status=draft"})
    desk.post(reverse("saved_view_create"), {"name": "Mine", "query": "status=in_review"})
    assert list(SavedView.objects.values_list("name", "query")) == [("Mine", "status=in_review")]


def test_page_size_is_a_choice_of_25_50_or_100(desk, tenants):
    Case.objects.bulk_create(
        Case(workspace=tenants.ws_a, seller_account=tenants.a1, kind="gating") for _ in range(60)
    )
    assert len(numbers(desk.get(reverse("case_list")).content.decode())) == 50
    assert len(numbers(desk.get(reverse("case_list"), {"per": 25}).content.decode())) == 25
    assert len(numbers(desk.get(reverse("case_list"), {"per": 100}).content.decode())) == 60
    page = desk.get(reverse("case_list"), {"per": 25, "sort": "due"}).content.decode()
    # The pager keeps the size and the order.
    assert "per=25&amp;sort=due&amp;page=2" in page
    assert "Page 1 of 3" in page
    # A size not offered falls back to the list without that filter.
    assert desk.get(reverse("case_list"), {"per": 7}).status_code == 200


def test_bulk_assign_assigns_what_may_be_changed_and_names_each_refused_row(desk, tenants):
    mine = make_case(tenants.a1, by=tenants.consultant_a)
    other = make_case(tenants.a2, by=tenants.consultant_a)
    foreign = make_case(tenants.b1, by=tenants.consultant_b)
    response = desk.post(
        reverse("case_bulk"),
        {
            "action": "assign",
            "assignee": tenants.reviewer_a.pk,
            "case": [mine.pk, other.pk, foreign.pk, 999999],
            "next": "?status=draft",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0].endswith("/cases/?status=draft")
    messages = [str(m) for m in response.context["messages"]]
    assert f"Case #{foreign.pk}: not found among your cases." in messages
    assert "Case #999999: not found among your cases." in messages
    assert "2 cases assigned to " + str(tenants.reviewer_a) + "." in messages
    assert set(Case.objects.filter(assignee=tenants.reviewer_a).values_list("pk", flat=True)) == {
        mine.pk,
        other.pk,
    }
    assert Case.objects.get(pk=foreign.pk).assignee_id == foreign.assignee_id
    # Each assignment is written to the case's history, as one by one.
    assert CaseEvent.objects.filter(case=mine, kind="assignment").count() == 1


def test_a_seller_cannot_bulk_assign_and_is_told_per_row(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.seller_a)
    page = client.get(reverse("case_list")).content.decode()
    assert 'value="assign"' not in page  # the seller is not offered the button
    response = client.post(
        reverse("case_bulk"), {"action": "assign", "case": [case.pk]}, follow=True
    )
    messages = [str(m) for m in response.context["messages"]]
    assert messages == [f"Case #{case.pk}: Only the agency assigns cases."]
    assert Case.objects.get(pk=case.pk).assignee_id == case.assignee_id


def test_bulk_assign_to_someone_outside_the_agency_is_refused(desk, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    response = desk.post(
        reverse("case_bulk"),
        {"action": "assign", "assignee": tenants.seller_a.pk, "case": [case.pk]},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == [
        "Choose a consultant or reviewer of the workspace."
    ]
    assert Case.objects.get(pk=case.pk).assignee_id == case.assignee_id


def test_nothing_ticked_says_so(desk):
    response = desk.post(reverse("case_bulk"), {"action": "export"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Tick at least one case first."]


def test_bulk_export_holds_the_selected_visible_rows_only(desk, tenants):
    first = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    second = make_case(tenants.a2, by=tenants.consultant_a)
    make_case(tenants.a1, by=tenants.consultant_a)  # not ticked
    foreign = make_case(tenants.b1, by=tenants.consultant_b)
    response = desk.post(
        reverse("case_bulk"), {"action": "export", "case": [first.pk, second.pk, foreign.pk]}
    )
    rows = exported(response)
    assert rows[0][:3] == ["Case", "Seller account", "Kind"]
    assert [row[0] for row in rows[1:]] == [str(second.pk), str(first.pk)]
    assert rows[2][1:4] == ["Alpha One LLC", "Ungating request", "Lumina"]


def test_export_streams_the_filtered_list_under_the_list_scoping(desk, tenants):
    draft = make_case(tenants.a1, by=tenants.consultant_a)
    review = make_case(tenants.a2, by=tenants.consultant_a)
    Case.objects.filter(pk=review.pk).update(status="in_review")
    make_case(tenants.b1, by=tenants.consultant_b)
    response = desk.get(reverse("case_export"), {"status": "draft", "page": 4, "per": 25})
    assert response.streaming
    rows = exported(response)
    assert [row[0] for row in rows[1:]] == [str(draft.pk)]
    everything = exported(desk.get(reverse("case_export")))
    assert {row[0] for row in everything[1:]} == {str(draft.pk), str(review.pk)}

    # A seller exports the accounts granted, nothing more.
    desk.force_login(tenants.seller_a)
    rows = exported(desk.get(reverse("case_export")))
    assert [row[0] for row in rows[1:]] == [str(draft.pk)]


def test_export_neutralises_spreadsheet_formulas(desk, tenants):
    for name in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR", "Plain LLC"):
        account = tenants.a1.__class__.objects.create(
            workspace=tenants.ws_a, legal_name=name, country="US"
        )
        make_case(account, by=tenants.consultant_a)
    names = {row[1] for row in exported(desk.get(reverse("case_export")))[1:]}
    assert names == {
        "'=HYPERLINK(1)",
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tTab",
        "'\rCR",
        "Plain LLC",
    }


def test_export_link_carries_the_filters(desk):
    page = desk.get(reverse("case_list"), {"status": "draft", "page": 2, "per": 25}).content
    assert b'href="/cases/export.csv?status=draft"' in page


@pytest.mark.parametrize("term", ["lumi", "B08N5W", "alpha two", "#"])
def test_search_finds_on_either_database(desk, tenants, term):
    brand = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    asins = make_case(
        tenants.a2, by=tenants.consultant_a, target_type="asins", asins=["B08N5WRWNW"]
    )
    make_case(tenants.b1, by=tenants.consultant_b, target_type="brand", brand="Lumina")
    expected = {
        "lumi": [brand.pk],
        "B08N5W": [asins.pk],
        "alpha two": [asins.pk],
        "#": [asins.pk, brand.pk],  # nothing to search: the whole list
    }[term]
    page = desk.get(reverse("case_list"), {"q": term}).content.decode()
    assert numbers(page) == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_search_reads_trigram_indexes_on_postgresql(tenants):
    from cases.models import Membership

    make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    membership = Membership.objects.get(user=tenants.consultant_a)
    with CaptureQueriesContext(connection) as captured:
        query = Case.objects.visible_to(membership).search("lumina")
    [matches] = captured.captured_queries  # the matching cases, read first (a few ids)
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")  # a tiny table: make the choice visible
        cursor.execute("EXPLAIN " + matches["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "ungating_brand_trgm" in plan
    assert "appeal_asins_trgm" in plan
    assert [c.pk for c in query] == list(
        Case.objects.filter(ungating__brand="Lumina").values_list("pk", flat=True)
    )


def test_search_falls_back_to_plain_like_elsewhere(tenants, monkeypatch):
    """The SQLite branch, taken here whatever the test database is."""
    from cases.models import Membership
    from cases.models import case as case_module

    brand = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")

    class Elsewhere:
        vendor = "sqlite"

    class Connections(dict):
        def __getitem__(self, alias):
            return Elsewhere()

    monkeypatch.setattr(case_module, "connections", Connections())
    membership = Membership.objects.get(user=tenants.consultant_a)
    query = Case.objects.visible_to(membership).search("umin")
    assert "UNION" not in str(query.query)
    assert [c.pk for c in query] == [brand.pk]
