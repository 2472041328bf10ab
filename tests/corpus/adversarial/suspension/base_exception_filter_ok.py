# SDK: wmill 1.850.0 client.py: _StepSuspend is not an Exception, so `if not isinstance(e, Exception): raise` re-raises it before any handling.
from wmill import task, workflow


@task()
async def charge(order_id: str) -> str:
    return f"ch_{order_id}"


@workflow
async def main(order_ids: list[str]):
    charges = {}
    for order_id in order_ids:
        try:
            charges[order_id] = await charge(order_id)
        except BaseException as e:
            if not isinstance(e, Exception):
                raise
            charges[order_id] = None
    return charges
