# SDK: wmill 1.850.0 client.py: the environment read at load only sets the log level; no task, step name or branch of the body depends on it.
import logging
import os

from wmill import task, workflow

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper())
log = logging.getLogger("sync")


@task()
async def sync(source: str) -> int:
    log.debug("syncing %s", source)
    return 3


@workflow
async def main(sources: list[str]):
    total = 0
    for source in sources:
        total += await sync(source)
        log.info("synced %s", source)
    return {"total": total}
