"""Timing phases of bench/assessment-bench.sh (benchmarks only).

  assessment_bench.py http BASE_URL PSQL_ARGS OUT.json   the dashboard endpoints over HTTP (one keep-alive connection)
  assessment_bench.py sql PSQL_ARGS OUT.json             the same aggregates as hand-tuned SQL, run with psql (\\timing)
  assessment_bench.py report HTTP.json SQL.json EXTRA    the table (markdown) with p50/p95 and HTTP p95 / SQL p95
  assessment_bench.py export BASE_URL PSQL_ARGS FORMAT   the open results of the latest cycle alone (json or csv)

PSQL_ARGS is one string of psql connection options ("-h 127.0.0.1 -p PORT -U postgres -d postgres").
Bounded: WARMUP + RUNS requests per endpoint (the CSV export: EXPORT_WARMUP + EXPORT_RUNS).
"""
import http.client
import os
import json
import math
import re
import shlex
import subprocess
import sys
import time
import urllib.parse

WARMUP, RUNS = 3, int(os.environ.get("RUNS", "30"))
EXPORT_WARMUP, EXPORT_RUNS = 1, int(os.environ.get("EXPORT_RUNS", "5"))
CHARTS = ["distribution", "focus-areas", "regions", "provinces", "types", "sizes", "improvers"]


def psql(args, sql):
    out = subprocess.run(["psql", *shlex.split(args), "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


def context(args):
    """The latest cycle, the one before it, the cities to open, and the Booster focus area's indicators."""
    rows = psql(args, 'SELECT "Id", "YearBe", "FrameworkId" FROM assessment_cycles ORDER BY "YearBe" DESC LIMIT 2').splitlines()
    cycle, year, framework = map(int, rows[0].split("|"))
    previous = int(rows[1].split("|")[0])
    max_city = int(psql(args, 'SELECT max("Id") FROM cities_learning_cities'))
    # 33 different cities spread over the id range (warm-ups included), so no request repeats the previous one.
    cities = [1 + (k * 2477) % max_city for k in range(WARMUP + RUNS)]
    focus = psql(args, f'''SELECT i."FocusAreaId" FROM assessment_indicators i JOIN assessment_focus_areas f ON f."Id" = i."FocusAreaId"
        JOIN assessment_areas a ON a."Id" = f."AreaId" WHERE a."FrameworkId" = {framework} AND i."PlatformSource" = 'booster_participants_per_1000' ''')
    booster = int(psql(args, f'''SELECT "Id" FROM assessment_indicators WHERE "FocusAreaId" = {focus} AND "PlatformSource" = 'booster_participants_per_1000' '''))
    others = [int(x) for x in psql(args, f'SELECT "Id" FROM assessment_indicators WHERE "FocusAreaId" = {focus} AND "PlatformSource" IS NULL').split()]
    return {"cycle": cycle, "year": year, "previous": previous, "cities": cities, "booster": booster, "others": others}


def percentile(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def stats(times, sizes=None):
    r = {"n": len(times), "p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "max": max(times), "times": times}
    if sizes:
        r["bytes"] = sizes[-1]
    return r


def endpoints(ctx):
    c = ctx["cycle"]
    e = [("dashboard", lambda i: f"/api/v1/assessments/cycles/{c}/dashboard")]
    e += [(f"dashboard/{k}", lambda i, k=k: f"/api/v1/assessments/cycles/{c}/dashboard/{k}") for k in CHARTS]
    e += [("city dashboard", lambda i: f"/api/v1/assessments/cities/{ctx['cities'][i]}/dashboard?cycle={c}"),
          ("insights", lambda i: f"/api/v1/assessments/cycles/{c}/insights"),
          ("results csv", lambda i: f"/api/v1/assessments/cycles/{c}/results?format=csv")]
    return e


def run_http(base, args, out):
    ctx = context(args)
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=300)
    results = {"context": ctx}
    for name, path in endpoints(ctx):
        warmup, runs = (EXPORT_WARMUP, EXPORT_RUNS) if name == "results csv" else (WARMUP, RUNS)
        times, sizes = [], []
        for i in range(warmup + runs):
            start = time.perf_counter()
            conn.request("GET", path(i % (WARMUP + RUNS)))
            resp = conn.getresponse()
            body = resp.read()
            elapsed = (time.perf_counter() - start) * 1000
            if resp.status != 200:
                raise SystemExit(f"{name}: HTTP {resp.status}: {body[:300]!r}")
            if i >= warmup:
                times.append(elapsed)
                sizes.append(len(body))
        if name == "results csv":
            results["export_rows"] = body.count(b"\n") - 1
        results[name] = stats(times, sizes)
        print(f"  {name:28} p50 {results[name]['p50']:9.1f} ms  p95 {results[name]['p95']:9.1f} ms  ({len(body):,} bytes)", flush=True)
    conn.close()
    json.dump(results, open(out, "w"), indent=1)


def run_export(base, args, fmt):
    """EXPORT_WARMUP + EXPORT_RUNS downloads of the latest cycle's open results; checks what came back."""
    ctx = context(args)
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    path = f"/api/v1/assessments/cycles/{ctx['cycle']}/results" + ("?format=csv" if fmt == "csv" else "")
    times = []
    for i in range(EXPORT_WARMUP + EXPORT_RUNS):
        start = time.perf_counter()
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read()
        elapsed = (time.perf_counter() - start) * 1000
        if resp.status != 200:
            raise SystemExit(f"results {fmt}: HTTP {resp.status}: {body[:300]!r}")
        if i >= EXPORT_WARMUP:
            times.append(elapsed)
    conn.close()
    if fmt == "csv":
        rows = body.count(b"\n") - 1
        what = f"{rows:,} rows"
    else:
        cities = json.loads(body)["cities"]
        what = f"{len(cities):,} cities, {sum(len(c['values']) for c in cities):,} values"
    r = stats(times)
    print(f"  results {fmt:4} p50 {r['p50']:9.1f} ms  max {r['max']:9.1f} ms  ({len(body) / 1048576:,.1f} MiB, {what}; {len(times)} runs)", flush=True)


def queries(ctx):
    """Hand-tuned SQL for the same aggregates, each one statement."""
    c, prev, year = ctx["cycle"], ctx["previous"], ctx["year"]
    overall = f'''SELECT s."Score" AS score, c."Id" AS city_id, c."ProvinceCode" AS province, p."RegionCode" AS region, c."LocalGovernmentType" AS type,
          CASE WHEN c."Population" IS NULL THEN 0 WHEN c."Population" < 10000 THEN 1 WHEN c."Population" < 50000 THEN 2
               WHEN c."Population" < 100000 THEN 3 ELSE 4 END AS band, least(9, floor(s."Score" / 10))::int AS bucket
        FROM assessment_scores s JOIN cities_learning_cities c ON c."Id" = s."CityId" JOIN cities_provinces p ON p."Code" = c."ProvinceCode"
        WHERE s."CycleId" = {c} AND s."Level" = 0'''
    focus = f'''SELECT "ItemId", avg("Score") AS mean, count(*) AS n FROM assessment_scores WHERE "CycleId" = {c} AND "Level" = 2 GROUP BY "ItemId"'''

    def improvers(n):
        return f'''SELECT c."Id", c."Name_Th", c."Name_En", b."Score" AS before, s."Score" AS now
          FROM assessment_scores s JOIN assessment_scores b ON b."CityId" = s."CityId" AND b."CycleId" = {prev} AND b."Level" = 0
          JOIN cities_learning_cities c ON c."Id" = s."CityId"
          WHERE s."CycleId" = {c} AND s."Level" = 0 ORDER BY s."Score" - b."Score" DESC, c."Id" LIMIT {n}'''

    def by(column, names=""):
        joins = {"province": 'JOIN cities_provinces n ON n."Code" = o.province', "region": 'JOIN cities_regions n ON n."Code" = o.region'}
        name_cols = ', n."Name_Th", n."Name_En"' if column in joins else ""
        return f'''SELECT o.{column}{name_cols}, avg(o.score) AS mean, count(*) AS n FROM ({overall}) o {joins.get(column, "")}
          GROUP BY o.{column}{name_cols} ORDER BY mean DESC'''

    ids = ",".join(str(i) for i in [ctx["booster"], *ctx["others"]])
    q = {
        "dashboard": f'''WITH o AS MATERIALIZED ({overall})
          SELECT json_build_object(
            'summary', (SELECT json_build_object('n', count(*), 'mean', avg(score), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY score)) FROM o),
            'groups', (SELECT json_agg(g) FROM (SELECT province, region, type, band, bucket, avg(score) AS mean, count(*) AS n FROM o
                       GROUP BY GROUPING SETS ((province), (region), (type), (band), (bucket))) g),
            'focus', (SELECT json_agg(f) FROM ({focus}) f),
            'improvers', (SELECT json_agg(i) FROM ({improvers(10)}) i))''',
        "dashboard/distribution": f'SELECT o.bucket, count(*) FROM ({overall}) o GROUP BY o.bucket',
        "dashboard/focus-areas": focus,
        "dashboard/regions": by("region"),
        "dashboard/provinces": by("province"),
        "dashboard/types": by("type"),
        "dashboard/sizes": by("band"),
        "dashboard/improvers": improvers(10),
        "city dashboard": f'''WITH f AS (SELECT s."CityId", s."ItemId", s."Score", c."LocalGovernmentType" AS type FROM assessment_scores s
            JOIN cities_learning_cities c ON c."Id" = s."CityId" WHERE s."CycleId" = {c} AND s."Level" = 2),
          me AS (SELECT "LocalGovernmentType" AS type FROM cities_learning_cities WHERE "Id" = :city)
          SELECT json_build_object(
            'focus', (SELECT json_agg(x) FROM (SELECT f."ItemId", max(f."Score") FILTER (WHERE f."CityId" = :city) AS own,
                        avg(f."Score") FILTER (WHERE f.type = (SELECT type FROM me)) AS peers, avg(f."Score") AS nation FROM f GROUP BY f."ItemId") x),
            'trend', (SELECT json_agg(t ORDER BY t."YearBe") FROM (SELECT y."YearBe", s."Score" FROM assessment_scores s JOIN assessment_cycles y ON y."Id" = s."CycleId"
                        WHERE s."CityId" = :city AND s."Level" = 0 AND y."YearBe" <= {year}) t))''',
        "insights": f'''WITH p AS (SELECT a."CityId", c."Name_Th", max(coalesce(v."Prefilled", v."Number")) FILTER (WHERE v."IndicatorId" = {ctx["booster"]}) AS x,
              avg(v."Score") FILTER (WHERE v."IndicatorId" <> {ctx["booster"]}) AS y
            FROM assessment_city_assessments a JOIN assessment_values v ON v."CityAssessmentId" = a."Id" AND v."IndicatorId" IN ({ids})
            JOIN cities_learning_cities c ON c."Id" = a."CityId" WHERE a."CycleId" = {c} AND a."Status" = 3 GROUP BY a."CityId", c."Name_Th")
          SELECT json_build_object(
            'validated', (SELECT count(*) FROM assessment_city_assessments WHERE "CycleId" = {c} AND "Status" = 3),
            'weakest', (SELECT json_agg(w) FROM (SELECT * FROM ({focus}) f ORDER BY mean LIMIT 3) w),
            'improvers', (SELECT json_agg(i) FROM ({improvers(5)}) i),
            'points', (SELECT json_agg(p ORDER BY x) FROM p), 'r', (SELECT corr(x, y) FROM p))''',
        "results csv": f'''COPY (SELECT y."YearBe", c."Id", c."Name_Th", c."Name_En", c."ProvinceCode", i."Code", i."Name_Th", i."Name_En", i."ValueType", i."Unit",
              coalesce(v."Text", v."Number"::text), v."Score", a."OverallScore"
            FROM assessment_values v JOIN assessment_city_assessments a ON a."Id" = v."CityAssessmentId"
            JOIN cities_learning_cities c ON c."Id" = a."CityId" JOIN assessment_indicators i ON i."Id" = v."IndicatorId"
            JOIN assessment_cycles y ON y."Id" = a."CycleId"
            WHERE a."CycleId" = {c} AND a."Status" = 3 ORDER BY c."Id", v."IndicatorId") TO STDOUT WITH (FORMAT csv, HEADER)''',
    }
    return q


def run_sql(args, out):
    ctx = context(args)
    lines = ["\\set ON_ERROR_STOP on", "\\o /dev/null", "\\timing on"]
    for name, sql in queries(ctx).items():
        warmup, runs = (EXPORT_WARMUP, EXPORT_RUNS) if name == "results csv" else (WARMUP, RUNS)
        lines.append(f"\\echo @@ {name}")
        for i in range(warmup + runs):
            if i == warmup:
                lines.append("\\echo @@ timed")
            lines.append(f"\\set city {ctx['cities'][i % (WARMUP + RUNS)]}")
            lines.append(" ".join(sql.split()) + ";")
    proc = subprocess.run(["psql", *shlex.split(args), "-X", "-q"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    results, name, timed = {"context": ctx}, None, False
    for line in proc.stdout.splitlines():
        if line.startswith("@@ timed"):
            timed = True
        elif line.startswith("@@ "):
            name, timed = line[3:], False
            results[name] = []
        elif (m := re.match(r"Time: ([0-9.]+) ms", line)) and timed:
            results[name].append(float(m.group(1)))
    for key in list(results):
        if key != "context":
            results[key] = stats(results[key])
            print(f"  {key:28} p50 {results[key]['p50']:9.1f} ms  p95 {results[key]['p95']:9.1f} ms", flush=True)
    json.dump(results, open(out, "w"), indent=1)


def report(http_file, sql_file, extra):
    h, s = json.load(open(http_file)), json.load(open(sql_file))
    print("| request | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | HTTP p95 / SQL p95 | p95 ≤ 300 ms |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name in [k for k in h if k not in ("context", "export_rows")]:
        a, b = h[name], s.get(name)
        ratio = f"{a['p95'] / b['p95']:.1f}×" if b else ""
        target = "—" if name == "results csv" else ("met" if a["p95"] <= 300 else "**not met**")
        sql_cols = f"{b['p50']:,.1f} ms | {b['p95']:,.1f} ms" if b else " | "
        print(f"| `{name}` ({a['n']} runs) | {a['p50']:,.1f} ms | {a['p95']:,.1f} ms | {sql_cols} | {ratio} | {target} |")
    csv = h["results csv"]
    print(f"\nCSV export: {h.get('export_rows', 0):,} rows, {csv['bytes'] / 1048576:,.1f} MiB; {extra}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "http":
        run_http(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "sql":
        run_sql(sys.argv[2], sys.argv[3])
    elif cmd == "export":
        run_export(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "report":
        report(sys.argv[2], sys.argv[3], " ".join(sys.argv[4:]))
