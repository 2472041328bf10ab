# SDK: wmill 1.850.0 client.py: parallel() gathers fn(item) per batch (task calls, keys in item order), task_script("./...") called with keywords, retry keys attempts/delay/multiplier/max_delay are the ones _checked_retry accepts.
"""Nightly sales ETL ported from a Prefect flow (@flow / @task / .map)."""

import logging
from itertools import batched

from wmill import parallel, task, task_script, workflow

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("sales_etl")

CHUNK = 500

load_rows = task_script("./load_rows.py", timeout=1800)


@task(retry={"attempts": 3, "delay": 10, "multiplier": 2, "max_delay": 120})
async def extract(source_url: str, day: str) -> list[dict]:
    import httpx

    resp = httpx.get(source_url, params={"day": day}, timeout=60)
    resp.raise_for_status()
    return resp.json()["rows"]


@task()
async def transform(chunk: list[dict]) -> list[dict]:
    out = []
    for row in chunk:
        if row.get("amount") is None:
            continue
        out.append({"sku": row["sku"].upper(), "amount_cents": round(float(row["amount"]) * 100)})
    return out


def chunks(rows: list[dict]) -> list[list[dict]]:
    return [list(part) for part in batched(rows, CHUNK)]


@workflow
async def main(source_url: str, day: str, table: str = "sales_daily"):
    rows = await extract(source_url, day)
    log.info("extracted %d rows for %s", len(rows), day)
    if not rows:
        return {"day": day, "loaded": 0}

    cleaned_parts = await parallel(chunks(rows), transform, concurrency=4)
    cleaned = [row for part in cleaned_parts for row in part]

    summary = await load_rows(rows=cleaned, table=table, day=day)
    log.info("load finished: %s", summary)
    return {"day": day, "loaded": len(cleaned), "table": table}
