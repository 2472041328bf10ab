# SDK: wmill 1.850.0 client.py _StepSuspend(BaseException) is raised when a task is dispatched; this handler re-raises only interrupts and cancellation, so the suspension is swallowed and the loop moves on.
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def enrich(lead_id: str) -> dict:
    return {"id": lead_id}


@workflow
async def main(lead_ids: list[str]):
    out = []
    for lead_id in lead_ids:
        try:
            out.append(await enrich(lead_id))
        except BaseException as e:  # expect: WAC201
            if isinstance(e, (KeyboardInterrupt, SystemExit, asyncio.CancelledError)):
                raise
            log.warning("enrich %s failed: %s", lead_id, e)
            out.append({"id": lead_id, "error": str(e)})
    return out
