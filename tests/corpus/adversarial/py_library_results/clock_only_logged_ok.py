# SDK: wmill 1.850.0 client.py: the clock read only reaches log lines; no task argument, step name or branch depends on it.
import logging
from datetime import datetime, timezone

from wmill import task, workflow

log = logging.getLogger("nightly")


@task()
async def vacuum(table: str) -> int:
    return 0


@workflow
async def main(tables: list[str]):
    log.info("round started at %s", datetime.now(timezone.utc).isoformat())
    freed = 0
    for table in tables:
        freed += await vacuum(table)
    print(f"finished at {datetime.now(timezone.utc):%H:%M:%S}, freed {freed}")
    return {"freed": freed}
