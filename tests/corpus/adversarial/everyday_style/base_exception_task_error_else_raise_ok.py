# SDK: wmill 1.850.0 client.py: a failed task raises TaskError (an Exception); _StepSuspend is not one, so it takes the `else: raise` branch.
from wmill import TaskError, task, workflow


@task()
async def refund(order_id: str) -> dict:
    return {"order": order_id, "refunded": True}


@workflow
async def main(order_id: str):
    try:
        result = await refund(order_id)
    except BaseException as exc:
        if isinstance(exc, TaskError):
            result = {"order": order_id, "refunded": False, "error": str(exc)}
        else:
            raise
    return result
