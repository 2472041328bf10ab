# SDK: wmill 1.850.0 client.py: the bare except catches _StepSuspend; for a batch of more than 10 ids the handler returns a partial result instead of re-raising it, so that run never suspends for the task.
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
    except:  # expect: WAC201
        log.exception("import failed for %s", batch_id)
        if len(ids) > 10:
            return {"batch": batch_id, "imported": 0, "partial": True}
        raise
    return {"batch": batch_id, "imported": imported}
