# SDK: wmill 1.850.0 client.py: a bare except catches the _StepSuspend raised on the first dispatch, so the loop "retries" a task that never failed.
from wmill import task, workflow


@task(timeout=60)
async def call_partner_api(order_id: str) -> dict:
    return {"order": order_id, "status": "accepted"}


@workflow
async def main(order_id: str, attempts: int = 3):
    last_error = None
    for _ in range(attempts):
        try:
            return await call_partner_api(order_id)
        except:  # expect: WAC201
            last_error = "partner api failed"
    return {"error": last_error}
