# SDK: wmill 1.850.0 client.py workflow(func) marks func and returns it; functools.wraps copies _is_workflow onto the outer wrapper, the line `@workflow` is there for the worker, and the round dispatches (run against _run_workflow_async).
import functools
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


def logged(fn):
    @functools.wraps(fn)
    async def inner(*args, **kwargs):
        log.info("start %s", fn.__name__)
        return await fn(*args, **kwargs)

    return inner


@task()
async def ship(order_id: str) -> str:
    return order_id


@logged
@workflow
async def main(order_ids: list[str]):
    out = []
    for o in order_ids:
        out.append(await ship(o))
    return out
