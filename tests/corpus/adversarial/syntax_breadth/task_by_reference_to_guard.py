# SDK: wmill 1.850.0 client.py: `_StepSuspend` derives from BaseException; the helper awaits the task it is handed, so its `except BaseException` takes the suspension for a failure and the workflow never dispatches the task.
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Optional

from wmill import task, workflow

log = logging.getLogger(__name__)


async def safely(fn: Callable[..., Awaitable[Any]], *args: Any) -> Optional[Any]:
    try:
        return await fn(*args)
    except BaseException as exc:
        log.warning("%s failed: %r", getattr(fn, "__name__", fn), exc)
        return None


@task()
async def enrich_company(domain: str) -> dict:
    return {"domain": domain, "employees": 40}


@workflow
async def main(domains: list[str]):
    results = []
    for d in domains:
        results.append(await safely(enrich_company, d))  # expect: WAC201
    return [r for r in results if r]
