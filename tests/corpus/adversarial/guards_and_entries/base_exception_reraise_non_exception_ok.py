# SDK: wmill 1.850.0 client.py _StepSuspend and _StepFailure derive from BaseException and not Exception; this handler re-raises everything that is not an Exception, so the suspension passes through.
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
        except BaseException as e:
            if not isinstance(e, Exception):
                raise
            log.warning("enrich %s failed: %s", lead_id, e)
            out.append({"id": lead_id, "error": str(e)})
    return out
