# SDK: wmill 1.850.0 client.py: _StepSuspend is neither SystemExit nor KeyboardInterrupt, so the guard does not re-raise it and the handler's `return` swallows it.
from wmill import task, workflow


@task()
async def refund(order_id: str) -> dict:
    return {"order": order_id, "refunded": True}


@workflow
async def main(order_id: str):
    try:
        return await refund(order_id)
    except BaseException as exc:  # expect: WAC201
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            raise
        print(f"refund failed: {exc!r}")
        return {"order": order_id, "refunded": False}
