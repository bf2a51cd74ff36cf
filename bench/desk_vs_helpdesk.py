"""Our desk's lists against django-helpdesk's ticket list, on PostgreSQL, at several sizes.

Usage (from the project folder, PostgreSQL at 127.0.0.1:5432 as user postgres):

    .venv/bin/python bench/desk_vs_helpdesk.py                       # 10,000 and 100,000
    .venv/bin/python bench/desk_vs_helpdesk.py --sizes 10000 --seconds 3
    options: --sizes N[,N...]  --seconds S (per wrk run, default 5)  --db NAME (default
             ungating_bench, dropped and re-created)  --helpdesk-dir DIR (default
             /tmp/peer_helpdesk_pg; set up on first use)  --no-helpdesk  --no-explain

About 4 minutes per size at the default 5 s runs (10 s runs: about 8), seeding included.

For each size it empties the bench database, seeds N cases in bulk (COPY) over 10 agencies
(the measured one holds half of them), 20 cases per seller account, 6 people per agency,
statuses by age (old cases finished), due dates on cases waiting for Amazon and on appeals,
a rendered packet for each case past draft (approved once past review; a third of the
cases Amazon asked for information hold a supplementary packet waiting for approval);
then VACUUM ANALYZE. It starts gunicorn with 2 sync workers, DEBUG off, CONN_MAX_AGE=60,
and measures, interleaved in one run: the helpdesk's own bench
(../shared/bench/peer_helpdesk/bench.sh, its 25-row ticket list), our case list
(consultant, 50 rows), home page (consultant) and review queue (reviewer), each with
wrk_page.sh (median req/s of 3 runs at c=8, p50 at c=1). It prints a table, the SQL query
count of each page, and the plan (EXPLAIN ANALYZE) of every query on cases of each list,
sort and filter the case list offers. It also times a fixed piece of pure Python before and
after each size's measures (median against fastest): on a shared virtual machine the CPU
is taken by neighbours at times, and a p50 at one connection moves with it.

Where the time of one request goes (SQL, templates, the rest; per query: planning and
execution), in process and on the same data: bench/desk_profile.py.
"""

import argparse
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "bench" / "peer_helpdesk"
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAq"]
SECRET = "bench-secret-key-" + "x" * 40
AGENCIES, CASES_PER_ACCOUNT, MEASURED_SHARE = 10, 20, 0.5
# The helpdesk's scripts run in the caller's environment, not in ours (settings, database).
CALLER_ENV = dict(os.environ)

# The case list's sorts and filters whose plans are printed (each must use an index).
LIST_VARIANTS = [
    ("default (created)", ""),
    ("sort due", "sort=due"),
    ("sort last activity", "sort=updated"),
    ("sort status", "sort=status"),
    ("sort seller", "sort=seller"),
    ("status filter", "status=information_requested"),
    ("overdue", "due=overdue"),
    ("due within 48 h", "due=48h"),
    ("readiness filter", "readiness=not_ready"),
    ("assignee filter", "assignee={assignee}"),
    ("kind filter", "kind=appeal"),
    ("seller account", "seller_account={account}"),
    ("search brand", "q=Lumina Labs"),
    ("search seller", "q={account_name}"),
    ("search ASIN", "q=B0BENCH123"),
    ("page 20", "page=20"),
]


def bench_env(db):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{db}",
        DEBUG="0",
        SECRET_KEY=SECRET,
        CONN_MAX_AGE="60",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        DJANGO_SETTINGS_MODULE="ungating.settings",
        STATIC_ROOT=str(ROOT / "var" / "bench-static"),
    )
    # As in production: Redis holds the cached sessions (and would take the tasks; the
    # desk's pages send none). A database of its own, apart from the tests' and the
    # workers'.
    env["REDIS_URL"] = "redis://127.0.0.1:6379/13"
    return env


def migrate(env):
    """The schema and the static files of the database `env` points at."""
    for command in (["migrate"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "manage.py", *command, "-v", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )


def recreate_database(db):
    subprocess.run([*PSQL, "-c", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'], check=True)
    subprocess.run([*PSQL, "-c", f'CREATE DATABASE "{db}"'], check=True)


# --- seeding -------------------------------------------------------------------------------

WORDS = [
    "Harbor",
    "Lumina",
    "Cedar",
    "Nova",
    "Atlas",
    "Maple",
    "Summit",
    "Orbit",
    "Willow",
    "Falcon",
    "Ember",
    "Quartz",
    "Delta",
    "Pioneer",
    "Coastal",
    "Granite",
    "Meadow",
    "Sterling",
    "Aurora",
    "Vertex",
    "Beacon",
    "Juniper",
    "Riverside",
    "Copper",
]
KINDS = [
    "Trading",
    "Goods",
    "Supply",
    "Retail",
    "Imports",
    "Brands",
    "Direct",
    "Commerce",
    "Distribution",
]
OPEN = [
    ("draft", 30),
    ("in_review", 10),
    ("changes_requested", 8),
    ("approved", 6),
    ("submitted", 20),
    ("information_requested", 8),
    ("amazon_approved", 10),
    ("amazon_rejected", 6),
    ("closed", 2),
]
OLD = [("amazon_approved", 60), ("amazon_rejected", 30), ("closed", 10)]
VERDICTS = ["ready", "ready_with_warnings", "not_ready", "not_ready", "checking", ""]
SCOPES = ["account", "listings", "mfn_shipping"]


def weighted(rng, table):
    return rng.choices([v for v, _w in table], weights=[w for _v, w in table])[0]


def copy_objects(cursor, objects):
    """COPY unsaved model instances (ids set) into their table: every column, defaults too."""
    from django.db import connection

    model = type(objects[0])
    fields = model._meta.concrete_fields
    table = model._meta.db_table
    columns = ", ".join(f'"{field.column}"' for field in fields)
    with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for obj in objects:
            copy.write_row(
                [
                    field.get_db_prep_save(getattr(obj, field.attname), connection)
                    for field in fields
                ]
            )
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"  # noqa: S608 - our table names
    )


# Past review, a case has its packet: rendered when review was asked, approved after.
PACKET_APPROVED = {
    "approved",
    "submitted",
    "information_requested",
    "amazon_approved",
    "amazon_rejected",
}
PACKET_PENDING = {"in_review", "changes_requested"}


def seed_packets(rng, case_id, status, created, now):
    """The packets a case in `status` has: none in draft, the first one rendered three days
    after creation, approved a day later once past review; a third of the cases Amazon
    asked for information hold a supplementary packet waiting for approval (which puts
    them in the review queue)."""
    from documents.models import PacketVersion

    if status not in PACKET_APPROVED | PACKET_PENDING:
        return []
    rendered = created + timedelta(days=3)
    first = dict(status="done", percent=100, page_count=3, size=1000)
    packets = [
        PacketVersion(
            pk=case_id * 2,
            case_id=case_id,
            number=1,
            created=rendered,
            rendered_at=rendered,
            approved_at=rendered + timedelta(days=1) if status in PACKET_APPROVED else None,
            **first,
        )
    ]
    if status == "information_requested" and rng.random() < 0.3:
        answered = now - timedelta(hours=rng.uniform(1, 72))
        packets.append(
            PacketVersion(
                pk=case_id * 2 + 1,
                case_id=case_id,
                number=2,
                created=answered,
                rendered_at=answered,
                supplementary=True,
                **first,
            )
        )
    return packets


def seed(size):
    """N cases over AGENCIES agencies; returns the sample ids the list variants need."""
    from django.db import connection
    from django.utils import timezone

    from cases.models import (
        Appeal,
        Case,
        GatedCategory,
        Membership,
        SellerAccount,
        UngatingRequest,
        User,
        Workspace,
    )

    rng = random.Random(size)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE cases_workspace, cases_user, django_session CASCADE")
    shares = [MEASURED_SHARE] + [(1 - MEASURED_SHARE) / (AGENCIES - 1)] * (AGENCIES - 1)
    categories = list(GatedCategory.objects.values_list("pk", flat=True))
    brands = [f"{a} {b}" for a in WORDS for b in ("Labs", "Naturals", "Pro", "Kids")]
    people, accounts_of = {}, {}
    for index, share in enumerate(shares):
        workspace = Workspace.objects.create(name=f"Agency {index}")
        reviewer = User.objects.create_user(email=f"reviewer{index}@bench.test", password=None)
        staff = [reviewer] + [
            User.objects.create_user(email=f"consultant{index}.{n}@bench.test", password=None)
            for n in range(5)
        ]
        Membership.objects.bulk_create(
            Membership(workspace=workspace, user=user, role="reviewer" if n == 0 else "consultant")
            for n, user in enumerate(staff)
        )
        count = max(1, round(size * share / CASES_PER_ACCOUNT))
        accounts = SellerAccount.objects.bulk_create(
            SellerAccount(
                workspace=workspace,
                legal_name=f"{rng.choice(WORDS)} {rng.choice(KINDS)} {n} LLC",
                store_name=f"{rng.choice(WORDS)} Store",
                address_line1=f"{n} Main Street",
                city="Austin",
                postal_code="73301",
                country="US",
                phone="+15125550199",
            )
            for n in range(count)
        )
        people[workspace.pk] = staff
        accounts_of[workspace.pk] = [a.pk for a in accounts]
    cases, ungating, appeals, packets = [], [], [], []
    workspaces = list(people)
    case_id = 0
    for index, share in enumerate(shares):
        ws = workspaces[index]
        count = round(size * share)
        for n in range(count):
            case_id += 1
            age = timedelta(days=730 * (1 - n / count) + rng.random())
            created = now - age
            status = weighted(rng, OLD if age.days > 120 else OPEN)
            kind = "appeal" if rng.random() < 0.2 else "gating"
            due = None
            if status == "information_requested":
                due = now + timedelta(hours=rng.uniform(-36, 72))
            elif kind == "appeal" and status not in Case.FINISHED:
                due = now + timedelta(days=rng.uniform(-2, 17))
            elif rng.random() < 0.1:
                due = created + timedelta(days=20)
            cases.append(
                Case(
                    pk=case_id,
                    workspace_id=ws,
                    seller_account_id=rng.choice(accounts_of[ws]),
                    kind=kind,
                    status=status,
                    assignee_id=None if rng.random() < 0.1 else rng.choice(people[ws][1:]).pk,
                    attempt=1 + (rng.random() < 0.15),
                    created=created,
                    updated=created + (now - created) * rng.random() ** 3,
                    answer_due_at=due,
                    review_requested_at=created + timedelta(days=3) if status != "draft" else None,
                    readiness_verdict=rng.choice(VERDICTS) if status in Case.EDITABLE else "",
                )
            )
            asins = [f"B0{rng.randrange(10**8):08d}" for _ in range(rng.randint(1, 3))]
            if case_id % 997 == 0:
                asins[0] = "B0BENCH123"
            if kind == "gating":
                target = rng.choice(["brand", "brand", "category", "asins"])
                ungating.append(
                    UngatingRequest(
                        pk=case_id,
                        case_id=case_id,
                        target_type=target,
                        brand=rng.choice(brands) if target == "brand" else "",
                        category_id=rng.choice(categories) if target == "category" else None,
                        asins=asins[:1] if target == "asins" else [],
                        marketplace="US",
                    )
                )
            else:
                appeals.append(
                    Appeal(pk=case_id, case_id=case_id, scope=rng.choice(SCOPES), asins=asins)
                )
            packets.extend(seed_packets(rng, case_id, status, created, now))
    with connection.cursor() as cursor:
        for objects in (cases, ungating, appeals, packets):
            copy_objects(cursor, objects)
        cursor.execute("VACUUM ANALYZE")
    measured = workspaces[0]
    staff = people[measured]
    return {
        "reviewer": staff[0],
        "consultant": staff[1],
        "assignee": staff[2].pk,
        "account": accounts_of[measured][len(accounts_of[measured]) // 2],
        "account_name": SellerAccount.objects.get(
            pk=accounts_of[measured][len(accounts_of[measured]) // 2]
        ).legal_name.replace(" ", "+"),
        "measured_cases": round(size * MEASURED_SHARE),
    }


# --- measuring -----------------------------------------------------------------------------


def session_cookie(user):
    from django.test import Client

    client = Client()
    client.force_login(user, backend="cases.auth.EmailBackend")
    return client, client.cookies["sessionid"].value


def query_count(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST="127.0.0.1")
    return [q["sql"] for q in queries.captured_queries]


def explain(sql):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING ON, SUMMARY ON) " + sql)
        return [row[0] for row in cursor.fetchall()]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(env):
    port = free_port()
    log = open(ROOT / "var" / "bench-gunicorn.log", "a")  # noqa: SIM115 (lives with the server)
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}"]
        + ["ungating.wsgi:application"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start (see var/bench-gunicorn.log)")


def wrk(url, cookie, seconds):
    out = subprocess.run(
        [str(PEER / "wrk_page.sh"), url, f"Cookie: sessionid={cookie}", str(seconds)],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"wrk_page.sh failed for {url}:\n{out.stderr}")
    match = re.search(r"([\d.]+) req/s .*p50 ([\d.]+) ms", out.stdout)
    return float(match.group(1)), float(match.group(2))


def helpdesk(directory, seconds):
    out = subprocess.run(
        [str(PEER / "bench.sh"), directory, "--rows", "25", "--seconds", str(seconds)],
        capture_output=True,
        text=True,
        env=CALLER_ENV,
    )
    if out.returncode:
        raise SystemExit(f"helpdesk bench.sh failed:\n{out.stderr}")
    line = out.stdout.strip().splitlines()[-1]
    match = re.search(r"([\d.]+) req/s .*p50 ([\d.]+) ms c=1, (\d+) queries", line)
    return float(match.group(1)), float(match.group(2)), int(match.group(3))


def ensure_helpdesk(directory):
    if (Path(directory) / "project" / "database_url").exists():
        return
    print(f"setting up django-helpdesk in {directory} (once, about a minute)", flush=True)
    env = dict(CALLER_ENV, PG_DB=CALLER_ENV.get("PG_DB", "peer_helpdesk_bench"))
    subprocess.run([str(PEER / "setup.sh"), directory, "--db", "postgres"], check=True, env=env)


def machine_steadiness(runs=60):
    """How steady this machine's CPU is just now: a fixed piece of pure Python (about 10 ms
    on a quiet core) timed `runs` times; returns (median, fastest) in ms. On a shared
    virtual machine the median drifts far above the fastest when neighbours take the CPU,
    and a p50 at one connection drifts with it."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        total = 0
        for n in range(200_000):
            total += n * n
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return times[len(times) // 2], times[0]


def measure_size(size, args, env):
    from django.db import connection

    started = time.monotonic()
    print(f"\n== {size:,} cases: seeding", flush=True)
    sample = seed(size)
    print(f"   seeded in {time.monotonic() - started:.0f} s", flush=True)
    consultant_client, consultant = session_cookie(sample["consultant"])
    reviewer_client, reviewer = session_cookie(sample["reviewer"])
    pages = [
        ("our case list (consultant, 50 rows)", "/cases/", consultant, consultant_client),
        ("our home page (consultant)", "/", consultant, consultant_client),
        ("our review queue (reviewer)", "/review/", reviewer, reviewer_client),
    ]
    queries = {label: query_count(client, path) for label, path, _c, client in pages}
    connection.close()
    results = {}
    steadiness = [machine_steadiness()]
    server, port = start_gunicorn(env)
    try:
        if args.helpdesk:
            results["helpdesk ticket list data (25 rows)"] = helpdesk(
                args.helpdesk_dir, args.seconds
            )
            print(f"   helpdesk: {results['helpdesk ticket list data (25 rows)']}", flush=True)
        for label, path, cookie, _client in pages:
            rps, p50 = wrk(f"http://127.0.0.1:{port}{path}", cookie, args.seconds)
            results[label] = (rps, p50, len(queries[label]))
            print(f"   {label}: {rps} req/s, p50 {p50} ms", flush=True)
    finally:
        server.terminate()
        server.wait()
    steadiness.append(machine_steadiness())
    plans = []
    if args.explain:
        for name, variant in LIST_VARIANTS:
            query = variant.format(**sample)
            path = "/cases/" + (f"?{query}" if query else "")
            for sql in query_count(consultant_client, path):
                if "cases_case" in sql and "django_session" not in sql:
                    plans.append((f"case list, {name}", sql, explain(sql)))
        for label, path, _cookie, client in pages[1:]:
            for sql in query_count(client, path):
                if "cases_case" in sql:
                    plans.append((label, sql, explain(sql)))
    print(f"   done in {time.monotonic() - started:.0f} s", flush=True)
    return sample["measured_cases"], results, plans, steadiness


def print_report(sizes, runs):
    peer = "helpdesk ticket list data (25 rows)"
    labels = list(dict.fromkeys(label for _m, results, _p, _s in runs for label in results))
    header = "| page | " + " | ".join(f"{size:,} cases" for size in sizes) + " |"
    print("\n" + header)
    print("| --- |" + " --- |" * len(sizes))
    for label in labels:
        cells = []
        for _measured, results, _plans, _steady in runs:
            rps, p50, count = results[label]
            ratio = ""
            if label != peer and peer in results and results[peer][0]:
                ratio = f" ({rps / results[peer][0]:.1f} × helpdesk)"
            cells.append(f"{rps:.0f} req/s{ratio}, p50 {p50:g} ms, {count} queries")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print(
        "\nThe measured agency holds "
        + ", ".join(f"{m:,}" for m, _r, _p, _s in runs)
        + f" of the cases; {AGENCIES} agencies in all. Target: 10 × helpdesk's req/s, p50 < 15 ms."
    )
    print(
        "\nHow fast the CPU was (a fixed piece of Python, 10 ms at best on a quiet core of"
        " the machine these figures were first taken on; median and fastest of 60, before"
        " and after the measures): "
        + "; ".join(
            f"{size:,} cases: "
            + ", ".join(f"{median:.1f} ms (fastest {best:.1f})" for median, best in steady)
            for size, (_m, _r, _p, steady) in zip(sizes, runs, strict=True)
        )
        + ". A p50 at one connection is slower by about as much as this piece is."
    )
    for size, (_m, _results, plans, _steady) in zip(sizes, runs, strict=True):
        if not plans:
            continue
        print(f"\n== query plans at {size:,} cases")
        for label, sql, plan in plans:
            took = next((line for line in plan if line.startswith("Execution Time")), "")
            print(f"\n-- {label}: {took}\n{sql[:600]}")
            print("\n".join("   " + line for line in plan if not line.startswith("Planning")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--db", default="ungating_bench")
    parser.add_argument("--helpdesk-dir", default="/tmp/peer_helpdesk_pg")  # noqa: S108
    parser.add_argument("--no-helpdesk", dest="helpdesk", action="store_false")
    parser.add_argument("--no-explain", dest="explain", action="store_false")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    if not shutil.which("psql"):
        raise SystemExit("psql not found: PostgreSQL client tools are needed")
    if args.helpdesk:
        ensure_helpdesk(args.helpdesk_dir)
    (ROOT / "var").mkdir(exist_ok=True)
    recreate_database(args.db)
    env = bench_env(args.db)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    migrate(env)
    import django

    django.setup()
    runs = [measure_size(size, args, env) for size in sizes]
    print_report(sizes, runs)


if __name__ == "__main__":
    main()
