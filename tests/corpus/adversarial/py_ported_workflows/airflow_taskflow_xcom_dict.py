# SDK: wmill 1.850.0 client.py _execute_directly(): a task runs in its own child job, so a module dict it fills never reaches the parent workflow's process (Airflow's XCom has to be the task's return value).
"""Daily events rollup ported from Airflow; XCom pushes turned into a module-level dict."""

import logging

from wmill import task, workflow

log = logging.getLogger(__name__)

XCOM: dict[str, object] = {}


@task()
async def extract(ds: str) -> list[dict]:
    import httpx

    rows = httpx.get("https://events.internal/export", params={"ds": ds}).json()
    XCOM["row_count"] = len(rows)  # expect: WAC104
    return rows


@task()
async def transform(rows: list[dict]) -> dict:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    return counts


@task()
async def load(counts: dict, ds: str) -> int:
    import psycopg

    with psycopg.connect() as conn:
        for kind, n in counts.items():
            conn.execute("insert into events_daily (ds, kind, n) values (%s, %s, %s)", (ds, kind, n))
    return len(counts)


@workflow
async def main(ds: str):
    rows = await extract(ds)
    counts = await transform(rows)
    written = await load(counts, ds)
    log.info("xcom row_count=%s", XCOM.get("row_count"))
    return {"ds": ds, "kinds": written, "rows": XCOM.get("row_count", 0)}
