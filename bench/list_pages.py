"""List pages at size (issue statements: "every list stays fast with thousands of rows").

Seeds 10,000 cases over 500 seller accounts in a throwaway SQLite database, then times the
consultant's case list (first and last page, a filter), the seller-account list and the
review queue through Django's test client, against the login page as a floor (same
middleware, no query of ours). Prints medians of 20 requests and the SQL query counts.
"""

import statistics
import time

from _setup import django_in_tempdir

ACCOUNTS, CASES = 500, 10_000


def seed():
    from django.utils import timezone

    from cases.models import (
        Case,
        CaseEvent,
        Membership,
        SellerAccount,
        UngatingRequest,
        User,
        Workspace,
    )

    workspace = Workspace.objects.create(name="Bench agency")
    consultant = User.objects.create_user(email="consultant@bench.test", password=None)
    reviewer = User.objects.create_user(email="reviewer@bench.test", password=None)
    Membership.objects.create(workspace=workspace, user=consultant, role="consultant")
    Membership.objects.create(workspace=workspace, user=reviewer, role="reviewer")
    accounts = SellerAccount.objects.bulk_create(
        SellerAccount(
            workspace=workspace,
            legal_name=f"Seller {i:04d} LLC",
            address_line1="1 Main St",
            city="Austin",
            postal_code="73301",
            country="US",
            phone="+15125550199",
        )
        for i in range(ACCOUNTS)
    )
    statuses = ["draft", "in_review", "submitted", "information_requested", "amazon_rejected"]
    now = timezone.now()
    cases = Case.objects.bulk_create(
        Case(
            workspace=workspace,
            seller_account=accounts[i % ACCOUNTS],
            kind="gating",
            status=statuses[i % len(statuses)],
            assignee=consultant,
            answer_due_at=now - timezone.timedelta(hours=1) if i % 97 == 0 else None,
            review_requested_at=now,
        )
        for i in range(CASES)
    )
    UngatingRequest.objects.bulk_create(
        UngatingRequest(case=c, target_type="brand", brand=f"Brand {c.pk % 40}") for c in cases
    )
    CaseEvent.objects.bulk_create(CaseEvent(case=c, kind="created") for c in cases)
    return consultant, reviewer


def timed(client, url, runs=20):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(samples) * 1000, len(queries)


def main():
    django_in_tempdir()
    from django.test import Client

    consultant, reviewer = seed()
    client = Client(HTTP_HOST="127.0.0.1")
    floor, floor_queries = timed(client, "/accounts/login/")
    client.force_login(consultant)
    rows = [
        ("case list, page 1", "/cases/"),
        ("case list, page 200", "/cases/?page=200"),
        ("case list, overdue filter", "/cases/?overdue=on"),
        ("case list, status filter", "/cases/?status=in_review"),
        ("seller accounts, page 1", "/seller-accounts/"),
    ]
    print(f"{CASES} cases over {ACCOUNTS} seller accounts (SQLite, in-process test client)")
    print(f"{'page':32} {'median ms':>10} {'queries':>8} {'× floor':>8}")
    print(f"{'floor: login page':32} {floor:10.1f} {floor_queries:8d} {1:8.1f}")
    for label, url in rows:
        ms, queries = timed(client, url)
        print(f"{label:32} {ms:10.1f} {queries:8d} {ms / floor:8.1f}")
    client.force_login(reviewer)
    ms, queries = timed(client, "/review/")
    print(f"{'review queue, page 1':32} {ms:10.1f} {queries:8d} {ms / floor:8.1f}")


if __name__ == "__main__":
    main()
