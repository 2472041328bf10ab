# SDK: wmill 1.850.0 client.py: callbacks that only log and a suppress(KeyError) context (KeyError does not match the BaseException _StepSuspend) are harmless on every replay.
import contextlib
import logging

from wmill import task, workflow

log = logging.getLogger("batches")


@task()
async def process(item: str) -> int:
    return len(item)


@workflow
async def main(batch_id: str, items: list[str], weights: dict[str, int]):
    total = 0
    with contextlib.ExitStack() as stack:
        stack.callback(log.info, "batch %s unwound", batch_id)
        stack.enter_context(contextlib.suppress(KeyError))
        for item in items:
            total += await process(item) * weights[item]
    return {"batch": batch_id, "total": total}
