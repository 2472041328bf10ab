# SDK: wmill 1.850.0 client.py workflow(): the body re-runs every round, so a dataclass built in the body runs its default_factory (uuid4, datetime.now) again and the run id / start time differ on every replay.
"""Sales ETL ported from Prefect; prefect.runtime.flow_run reimplemented as a context object."""

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from wmill import parallel, task, workflow

log = logging.getLogger("sales_etl")


@dataclass
class RunContext:
    flow_name: str
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    tags: list[str] = field(default_factory=list)


@task()
async def extract(source_url: str, day: str) -> list[dict]:
    import httpx

    return httpx.get(source_url, params={"day": day}).json()["rows"]


@task()
async def transform(chunk: list[dict]) -> list[dict]:
    return [{**row, "sku": row["sku"].upper()} for row in chunk]


@task()
async def load(rows: list[dict], run_id: str) -> int:
    import psycopg

    with psycopg.connect() as conn:
        for row in rows:
            conn.execute("insert into sales (sku, run_id) values (%s, %s)", (row["sku"], run_id))
    return len(rows)


@workflow
async def main(source_url: str, day: str):
    ctx = RunContext(flow_name="sales-etl")  # expect: WAC102
    ctx.tags.append(day)
    rows = await extract(source_url, day)
    parts = [rows[i : i + 200] for i in range(0, len(rows), 200)]
    cleaned = await parallel(parts, transform, concurrency=3)
    total = 0
    for part in cleaned:
        total += await load(part, ctx.run_id)
    log.info("run %s loaded %d rows", ctx.run_id, total)
    return {"run_id": ctx.run_id, "loaded": total}
