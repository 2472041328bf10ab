# SDK: wmill 1.850.0 client.py: only the first task's _StepSuspend carries the dispatch; `done` is a set, so .result() may re-raise another one with no steps (run on Python 3.11: the round dispatched nothing).
import asyncio

from wmill import task, workflow


@task()
async def send_push(device: str, text: str) -> bool:
    return True


@workflow
async def main(devices: list[str], text: str):
    done, _ = await asyncio.wait([asyncio.create_task(send_push(d, text)) for d in devices])  # expect: WAC201
    return {"sent": sum(1 for t in done if t.result())}
