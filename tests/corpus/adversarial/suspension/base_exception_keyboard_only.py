# SDK: wmill 1.850.0 client.py: _StepSuspend is neither KeyboardInterrupt nor an Exception; this handler re-raises only the former and swallows the suspension.
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
        except BaseException as e:  # expect: WAC201
            if isinstance(e, KeyboardInterrupt):
                raise
            charges[order_id] = None
    return charges
