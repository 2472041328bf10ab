# SDK: wmill 1.850.0 client.py: the bare except catches _StepSuspend; it is re-raised only on the last attempt, otherwise `await sleep(...)` raises its own suspension in place of the task's dispatch.
from wmill import sleep, task, workflow


@task()
async def poll_export(export_id: str) -> dict:
    return {"id": export_id, "ready": True}


@workflow
async def main(export_id: str, attempts: int = 4):
    for attempt in range(attempts):
        try:
            return await poll_export(export_id)
        except:  # expect: WAC201
            if attempt == attempts - 1:
                raise
            await sleep(2**attempt)
    return None
