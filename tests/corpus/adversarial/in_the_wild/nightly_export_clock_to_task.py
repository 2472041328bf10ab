# SDK: wmill 1.850.0 client.py: the body re-runs each round; a date read from the clock and handed to a task can differ on a replay after midnight, while the checkpoint keeps the first export's result.
import logging
from datetime import datetime, timezone

from wmill import task, workflow

log = logging.getLogger("nightly_export")


@task(timeout=1800)
async def export_table(table: str, as_of: str) -> dict:
    return {"table": table, "rows": 1000, "as_of": as_of}


@workflow
async def main(tables: list[str]):
    log.info("round started at %s", datetime.now(timezone.utc).isoformat())
    done = []
    for table in tables:
        as_of = datetime.now(timezone.utc).date().isoformat()  # expect: WAC102
        done.append(await export_table(table, as_of))
    return {"exported": done}
