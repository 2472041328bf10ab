# SDK: wmill 1.850.0 client.py: `except Exception` never sees _StepSuspend (a BaseException), so the branch that returns only handles the task's failure.
import logging

from wmill import task, workflow

log = logging.getLogger("import")


@task()
async def import_rows(batch_id: str, ids: list[str]) -> int:
    return len(ids)


@workflow
async def main(batch_id: str, ids: list[str]):
    try:
        imported = await import_rows(batch_id, ids)
    except Exception:
        log.exception("import failed for %s", batch_id)
        if len(ids) > 10:
            return {"batch": batch_id, "imported": 0, "partial": True}
        raise
    return {"batch": batch_id, "imported": imported}
