# SDK: wmill 1.850.0 client.py: outside a workflow run `task_script` wrappers and `wait_for_approval` raise, and tasks run in place: the `__main__` block runs the workflow without checkpoints (WAC006).
"""Backfill warehouse partitions. Run locally with `python backfill.py` for a dry run."""
import asyncio
import logging
import sys
from typing import Optional

from wmill import task, task_script, workflow

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("backfill")

refresh_partition = task_script("f/warehouse/refresh_partition", timeout=3600, tag="dbt")


@task(timeout=300)
async def list_partitions(table: str, start: str, end: str) -> list[str]:
    return [start, end]


@workflow
async def main(table: str, start: str, end: str, full_refresh: bool = False, max_partitions: Optional[int] = None):
    partitions = await list_partitions(table, start, end)
    if max_partitions:
        partitions = partitions[:max_partitions]
    done = []
    for p in partitions:
        done.append(await refresh_partition(table=table, partition=p, full_refresh=full_refresh))
    log.info("refreshed %d partitions of %s", len(done), table)
    return {"table": table, "partitions": done}


if __name__ == "__main__":
    asyncio.run(main("analytics.orders", "2024-01-01", "2024-01-31"))  # expect: WAC006
