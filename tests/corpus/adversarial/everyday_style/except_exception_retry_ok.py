# SDK: wmill 1.850.0 client.py: `except Exception` never sees _StepSuspend (a BaseException); it gets the task's TaskError, and the durable sleep between attempts is fine.
from wmill import sleep, task, workflow


@task()
async def poll_export(export_id: str) -> dict:
    return {"id": export_id, "ready": True}


@workflow
async def main(export_id: str, attempts: int = 4):
    for attempt in range(attempts):
        try:
            return await poll_export(export_id)
        except Exception:
            if attempt == attempts - 1:
                raise
            await sleep(2**attempt)
    return None
