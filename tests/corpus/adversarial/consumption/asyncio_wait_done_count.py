# SDK: wmill 1.850.0 client.py: asyncio.wait leaves each task's _StepSuspend inside the finished asyncio task; nothing reads .result(), so the round completes without dispatching (run on Python 3.11).
import asyncio

from wmill import task, workflow


@task()
async def send_push(device: str, text: str) -> bool:
    return True


@workflow
async def main(devices: list[str], text: str):
    done, pending = await asyncio.wait(  # expect: WAC201
        [asyncio.create_task(send_push(d, text)) for d in devices]
    )
    return {"sent": len(done), "pending": len(pending)}
