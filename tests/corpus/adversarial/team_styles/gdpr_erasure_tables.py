# SDK: wmill 1.850.0 client.py `_alloc_key`: keys are the task name plus call order; a module-level set of table names iterates in per-process hash order, so `erase_rows_2` can be another table on replay.
import logging

from wmill import task, workflow

log = logging.getLogger("privacy")

PERSONAL_TABLES = {"users", "addresses", "orders", "support_messages", "marketing_events"}


@task(timeout=600, tag="db")
async def erase_rows(table: str, subject_id: str) -> int:
    return 1


@task()
async def confirm_erasure(subject_id: str, counts: dict) -> bool:
    return True


@workflow
async def main(subject_id: str, request_id: str):
    log.info("erasure %s for %s", request_id, subject_id)
    counts = {}
    for table in PERSONAL_TABLES:  # expect: WAC105
        counts[table] = await erase_rows(table, subject_id)
    await confirm_erasure(subject_id, counts)
    return {"request": request_id, "counts": counts}
