# SDK: wmill 1.850.0 client.py: the body re-runs each round and prints its own log lines; a timestamp that only goes into a log line decides nothing and is not passed to any task.
import logging
from datetime import datetime, timezone

from wmill import step, task, workflow

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("nightly_export")


@task(timeout=1800)
async def export_table(table: str, as_of: str) -> dict:
    return {"table": table, "rows": 1000, "as_of": as_of}


@workflow
async def main(tables: list[str]):
    log.info("round started at %s", datetime.now(timezone.utc).isoformat())
    as_of = await step("as_of", lambda: datetime.now(timezone.utc).date().isoformat())
    done = []
    for table in tables:
        print(f"[{datetime.utcnow():%H:%M:%S}] exporting {table}")
        done.append(await export_table(table, as_of))
    return {"as_of": as_of, "exported": done}
