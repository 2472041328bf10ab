# SDK: wmill 1.850.0 client.py: time.sleep inside a @task blocks only that task's job; the workflow waits with the SDK's durable sleep().
import time

from wmill import sleep, task, workflow


@task(timeout=600)
async def poll_export(export_id: str) -> dict:
    for _ in range(20):
        status = {"id": export_id, "state": "done"}
        if status["state"] == "done":
            return status
        time.sleep(15)
    return {"id": export_id, "state": "timeout"}


@workflow
async def main(export_id: str):
    first = await poll_export(export_id)
    if first["state"] != "done":
        await sleep(600)
        first = await poll_export(export_id)
    return first
