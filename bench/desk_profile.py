"""Where the time of one request of the desk's pages goes, in process (issue 18, point 7).

Usage (from the project folder, PostgreSQL at 127.0.0.1:5432 as user postgres):

    .venv/bin/python bench/desk_profile.py                        # 10,000 and 100,000
    .venv/bin/python bench/desk_profile.py --sizes 10000 --requests 50 --plans
    options: --sizes N[,N...]  --db-prefix NAME (default ungating_profile; one database per
             size, NAME_<size>, kept between runs)  --reseed (seed again even if the
             database holds the size)  --no-migrate  --requests N (timed requests per page,
             default 30)  --pages TEXT (only the pages whose label holds TEXT)  --plans
             (print each query's plan)  --cprofile (the functions of most time)

The data are those of bench/desk_vs_helpdesk.py (same seeding, same people). Settings as in
production (DEBUG off, cached template loader, database sessions, every middleware); the
requests go through Django's test client, so no server and no network is timed. For each
page it prints the median and the fastest time of a request, this process's CPU time, the
number of Python function calls of one request (a measure of the work that other
processes on a shared machine do not change), and splits the time: SQL (each query timed
at the driver), template rendering (less the SQL run from inside it) and the rest
(middleware, session, view code); then each query with its own median time and
EXPLAIN ANALYZE's planning and execution times (the plan itself with --plans).
"""

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import desk_vs_helpdesk as bench  # noqa: E402 (the bench's seeding and settings)

PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAq"]


def database_exists(db):
    out = subprocess.run(
        [*PSQL, "-c", f"SELECT 1 FROM pg_database WHERE datname = '{db}'"],  # noqa: S608 - ours
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip() == "1"


def switch_database(db):
    """Point Django's default connection at another database of the same server."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = db


def seeded(size):
    """Whether the database holds what bench.seed(size) writes (its shares are rounded)."""
    from cases.models import Case

    others = (1 - bench.MEASURED_SHARE) / (bench.AGENCIES - 1)
    expected = round(size * bench.MEASURED_SHARE) + (bench.AGENCIES - 1) * round(size * others)
    return Case.objects.count() == expected


def sample_people():
    """The people desk_vs_helpdesk.seed() returns, found again in a database seeded earlier."""
    from cases.models import User

    return {
        "consultant": User.objects.get(email="consultant0.0@bench.test"),
        "reviewer": User.objects.get(email="reviewer0@bench.test"),
    }


class Timer:
    """Times each query at the driver (connection.execute_wrapper) and the template renders."""

    def __init__(self):
        self.queries = []  # (sql, seconds)
        self.render = 0.0
        self.sql_in_render = 0.0
        self._rendering = 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            took = time.perf_counter() - started
            self.queries.append((sql, took, params))
            if self._rendering:
                self.sql_in_render += took


def patch_rendering(timer_of):
    """Wrap the template backend's render so its time (and the SQL inside) is counted."""
    from django.template.backends.django import Template

    original = Template.render

    def render(self, context=None, request=None):
        timer = timer_of()
        if timer is None:
            return original(self, context, request)
        timer._rendering += 1
        started = time.perf_counter()
        try:
            return original(self, context, request)
        finally:
            timer._rendering -= 1
            if not timer._rendering:
                timer.render += time.perf_counter() - started

    Template.render = render


CURRENT = {"timer": None}


def timed_request(client, path):
    from django.db import connection

    timer = Timer()
    CURRENT["timer"] = timer
    with connection.execute_wrapper(timer):
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(path, HTTP_HOST="127.0.0.1")
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
    CURRENT["timer"] = None
    assert response.status_code == 200, (path, response.status_code)
    return total, timer, len(response.content), cpu


def explain_ms(sql, params):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING ON, SUMMARY ON) " + sql, params)
        plan = [row[0] for row in cursor.fetchall()]

    def line(name):
        return next((x for x in plan if x.startswith(name)), "").replace(name + ": ", "")

    return f"planned in {line('Planning Time')}, ran in {line('Execution Time')}", plan


def python_calls(client, path):
    """Python function calls in one request: a count of the work done, unlike a time, that
    other processes on the machine do not change."""
    profiler = cProfile.Profile()
    profiler.enable()
    timed_request(client, path)
    profiler.disable()
    return pstats.Stats(profiler).total_calls


def profile_page(label, client, path, args):
    for _ in range(3):  # warm: templates compiled, connection open, plans cached
        timed_request(client, path)
    runs = [timed_request(client, path) for _ in range(args.requests)]
    ms = 1000
    total = statistics.median(r[0] for r in runs) * ms
    cpu = statistics.median(r[3] for r in runs) * ms
    # The fastest request: on a machine shared with other work, the steadier figure.
    fastest = min(r[0] for r in runs) * ms
    sql = statistics.median(sum(q[1] for q in r[1].queries) for r in runs) * ms
    render = statistics.median(r[1].render - r[1].sql_in_render for r in runs) * ms
    count = len(runs[0][1].queries)
    calls = python_calls(client, path)
    print(
        f"\n-- {label} {path}: {total:.1f} ms a request (median of {args.requests}, fastest "
        f"{fastest:.1f} ms; {cpu:.1f} ms of this process's CPU), {count} queries, "
        f"{calls:,} Python calls, {runs[0][2] // 1024} KB"
    )
    print(
        f"   SQL {sql:.1f} ms · templates {render:.1f} ms (without their SQL) · "
        f"middleware, session and view {max(total - sql - render, 0):.1f} ms"
    )
    for index, (query, _took, params) in enumerate(runs[0][1].queries):
        own = statistics.median(r[1].queries[index][1] for r in runs if len(r[1].queries) > index)
        explained, plan = (
            explain_ms(query, params) if query.lstrip("( ").startswith("SELECT") else ("", [])
        )
        print(f"   {own * ms:6.2f} ms ({explained or '-'}): {query[:160]}")
        if args.plans and plan:
            print("\n".join("        " + line for line in plan if not line.startswith("Planning")))
    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            timed_request(client, path)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(60)
    return total, fastest, cpu, count, calls


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--db-prefix", default="ungating_profile")
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--no-migrate", dest="migrate", action="store_false")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--pages", default="", help="only the pages whose label holds this")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    first = f"{args.db_prefix}_{sizes[0]}"
    env = bench.bench_env(first)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    patch_rendering(lambda: CURRENT["timer"])
    summary = []
    for size in sizes:
        db = f"{args.db_prefix}_{size}"
        fresh = not database_exists(db)
        if fresh:
            subprocess.run([*PSQL, "-c", f'CREATE DATABASE "{db}"'], check=True)
        if args.migrate:
            bench.migrate(bench.bench_env(db))
        switch_database(db)
        if fresh or args.reseed or not seeded(size):
            started = time.monotonic()
            bench.seed(size)
            print(f"\n== {size:,} cases: seeded in {time.monotonic() - started:.0f} s")
        else:
            print(f"\n== {size:,} cases (seeded earlier in {db})")
        people = sample_people()
        clients = {}
        for role, user in people.items():
            clients[role] = Client()
            clients[role].force_login(user, backend="cases.auth.EmailBackend")
        pages = [
            ("case list (consultant)", "/cases/", "consultant"),
            ("home page (consultant)", "/", "consultant"),
            ("review queue (reviewer)", "/review/", "reviewer"),
            ("case list, sort due", "/cases/?sort=due", "consultant"),
            ("case list, search", "/cases/?q=Lumina+Labs", "consultant"),
        ]
        for label, path, role in pages:
            if args.pages not in label:
                continue
            summary.append((size, label, *profile_page(label, clients[role], path, args)))
    print(
        "\n| size | page | ms a request (median) | fastest | ms of CPU (Python) | queries "
        "| Python calls |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for size, label, took, fastest, cpu, count, calls in summary:
        print(
            f"| {size:,} | {label} | {took:.1f} | {fastest:.1f} | {cpu:.1f} | {count} | {calls:,} |"
        )


if __name__ == "__main__":
    main()
