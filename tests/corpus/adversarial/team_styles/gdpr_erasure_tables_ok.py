# SDK: wmill 1.850.0 client.py `_alloc_key`: keys follow call order; a tuple of table names (or `sorted` over a set) iterates in the same order in every process.
import logging

from wmill import task, workflow

log = logging.getLogger("privacy")

PERSONAL_TABLES = ("users", "addresses", "orders", "support_messages", "marketing_events")
OPTIONAL_TABLES = frozenset({"experiments", "feature_flags"})


@task(timeout=600, tag="db")
async def erase_rows(table: str, subject_id: str) -> int:
    return 1


@task()
async def confirm_erasure(subject_id: str, counts: dict) -> bool:
    return True


@workflow
async def main(subject_id: str, request_id: str, include_optional: bool = False):
    log.info("erasure %s for %s", request_id, subject_id)
    tables = list(PERSONAL_TABLES) + (sorted(OPTIONAL_TABLES) if include_optional else [])
    counts = {}
    for table in tables:
        counts[table] = await erase_rows(table, subject_id)
    await confirm_erasure(subject_id, counts)
    return {"request": request_id, "counts": counts}
