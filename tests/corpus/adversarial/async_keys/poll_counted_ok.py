# SDK: wmill 1.850.0 client.py _sleep / _next_step: a bounded number of polls with durable sleeps gives the same keys (export_status, sleep, export_status_2, ...) on every replay.
from wmill import sleep, task, workflow


@task()
async def export_status(export_id: str) -> str:
    return "done"


@workflow
async def main(export_id: str, max_polls: int = 60):
    status = "pending"
    for _ in range(max_polls):
        status = await export_status(export_id)
        if status == "done":
            break
        await sleep(60)
    return {"export": export_id, "status": status}
