# SDK: wmill 1.850.0 client.py raises _StepSuspend (a BaseException) when the charge is dispatched; this `match` re-raises only a TaskError and its catch-all returns, so the first round swallows the dispatch.
from wmill import TaskError, task, workflow


@task()
async def charge(customer: str, cents: int) -> dict:
    return {"id": "ch_1"}


@workflow
async def main(customer: str, cents: int):
    try:
        return {"charge": await charge(customer, cents)}
    except BaseException as exc:  # expect: WAC201
        match exc:
            case TaskError():
                raise
            case _:
                return {"charge": None, "error": repr(exc)}
