# SDK: the body re-runs from the top in every round (one process per round), so perf_counter()/time.time() in it measure only the last round, differently on each run
import logging
import time

from wmill import task, workflow

logger = logging.getLogger("etl")


@task(timeout=1800)
async def extract(table: str) -> dict:
    """Extract a table and return its row count and staging path."""
    return {"table": table, "rows": 1000, "path": f"s3://staging/{table}.parquet"}


@task(timeout=1800)
async def load(path: str, target: str) -> int:
    """Load a staged file into the warehouse; returns rows loaded."""
    return 1000


@workflow
async def main(tables: list[str], target: str = "analytics") -> dict:
    """Run the ETL and report timing metrics for the dashboard."""
    started = time.perf_counter()  # expect: WAC102
    loaded = {}
    for table in tables:
        staged = await extract(table=table)
        loaded[table] = await load(path=staged["path"], target=target)
    elapsed = time.perf_counter() - started  # expect: WAC102
    logger.info("ETL finished in %.1fs", elapsed)
    return {
        "loaded": loaded,
        "duration_s": round(elapsed, 2),
        "slow": elapsed > 600,
    }
