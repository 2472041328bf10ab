# SDK: wmill 1.850.0 client.py: `_StepSuspend` derives from BaseException, so the helper's `except Exception` lets it through while still catching the `TaskError` of a failed task.
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Optional

from wmill import task, workflow

log = logging.getLogger(__name__)


async def safely(fn: Callable[..., Awaitable[Any]], *args: Any) -> Optional[Any]:
    try:
        return await fn(*args)
    except Exception as exc:
        log.warning("%s failed: %r", getattr(fn, "__name__", fn), exc)
        return None


@task()
async def enrich_company(domain: str) -> dict:
    return {"domain": domain, "employees": 40}


@workflow
async def main(domains: list[str]):
    results = []
    for d in domains:
        results.append(await safely(enrich_company, d))
    return [r for r in results if r]
