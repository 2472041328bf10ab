# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so `except Exception` in a retry loop lets the suspension through; a failed task raises TaskError(Exception).
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task(timeout=60)
async def call_partner_api(order_id: str) -> dict:
    return {"order": order_id, "status": "accepted"}


@workflow
async def main(order_id: str, attempts: int = 3):
    for attempt in range(1, attempts + 1):
        try:
            return await call_partner_api(order_id)
        except Exception as exc:
            log.warning("attempt %d failed: %s", attempt, exc)
            if attempt == attempts:
                raise
    return None
