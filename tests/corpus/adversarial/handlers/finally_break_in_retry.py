# SDK: wmill 1.850.0 client.py: a `break` in finally discards the _StepSuspend in flight, so the loop ends before the task ran.
from wmill import task, workflow


@task()
async def poll_export(export_id: str) -> dict:
    return {"export": export_id, "ready": True}


@workflow
async def main(export_id: str, max_polls: int = 5):
    status = {}
    for _ in range(max_polls):
        try:
            status = await poll_export(export_id)
        finally:
            if status.get("ready"):
                break  # expect: WAC203
    return status
