# SDK: wmill 1.850.0 client.py: every round is a new process replaying the body; the event loop's clock differs in each, so the number of polls the loop makes changes between replays.
import asyncio

from wmill import sleep, task, workflow


@task()
async def export_status(export_id: str) -> str:
    return "done"


@workflow
async def main(export_id: str, budget_s: int = 3600):
    loop = asyncio.get_running_loop()
    started = loop.time()  # expect: WAC102
    status = "pending"
    while status != "done":
        status = await export_status(export_id)
        if status == "done" or loop.time() - started > budget_s:  # expect: WAC102
            break
        await sleep(60)
    return {"export": export_id, "status": status}
