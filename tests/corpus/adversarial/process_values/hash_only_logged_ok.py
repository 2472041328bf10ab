# SDK: wmill 1.850.0 client.py: the body re-runs every round; a salted str hash that only reaches a log line changes the log, not which tasks run or what they receive.
import logging

from wmill import task, workflow

log = logging.getLogger("ingest")


@task()
async def ingest(path: str) -> int:
    return 250


@workflow
async def main(path: str):
    log.info("ingesting %s (fingerprint %x)", path, hash(path) & 0xFFFF)
    rows = await ingest(path)
    return {"rows": rows}
