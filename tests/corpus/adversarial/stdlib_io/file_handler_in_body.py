# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `logging.FileHandler(path)` opens (creates) the log file on the worker's disk when built, every round.
import logging

from wmill import task, workflow

log = logging.getLogger("import")


@task()
async def import_batch(batch: str) -> int:
    return 500


@workflow
async def main(batch: str):
    log.addHandler(logging.FileHandler(f"/var/log/imports/{batch}.log"))  # expect: WAC101
    count = await import_batch(batch)
    log.info("imported %d rows", count)
    return count
