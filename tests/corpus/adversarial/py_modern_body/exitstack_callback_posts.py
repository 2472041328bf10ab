# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after every suspension and a `with` block unwinds on the _StepSuspend too, so an ExitStack callback that POSTs runs once per round.
import contextlib

import requests
from wmill import task, workflow

STATUS_HOOK = "https://status.internal/hooks/batches"


@task()
async def process(item: str) -> int:
    return len(item)


@workflow
async def main(batch_id: str, items: list[str]):
    total = 0
    with contextlib.ExitStack() as stack:
        stack.callback(requests.post, STATUS_HOOK, json={"batch": batch_id, "state": "closed"})  # expect: WAC101
        for item in items:
            total += await process(item)
    return {"batch": batch_id, "total": total}
