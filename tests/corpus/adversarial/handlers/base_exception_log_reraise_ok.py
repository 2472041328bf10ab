# SDK: wmill 1.850.0 client.py: `except BaseException` that logs and re-raises with a bare `raise` passes the _StepSuspend on unchanged.
import logging

from wmill import task, workflow

logger = logging.getLogger("billing")


@task()
async def close_month(month: str) -> dict:
    return {"month": month}


@workflow
async def main(month: str):
    try:
        summary = await close_month(month)
    except BaseException as exc:
        logger.info("close_month interrupted: %r", type(exc).__name__)
        raise
    return summary
