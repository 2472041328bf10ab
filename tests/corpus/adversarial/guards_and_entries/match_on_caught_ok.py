# SDK: wmill 1.850.0 client.py raises TaskError (an Exception) for a failed task and _StepSuspend (a BaseException) to dispatch one; a `match` on the caught exception whose catch-all case re-raises lets the suspension through.
from wmill import TaskError, task, workflow


@task()
async def charge(customer: str, cents: int) -> dict:
    return {"id": "ch_1"}


@task()
async def open_ticket(customer: str, reason: str) -> str:
    return "t_1"


@workflow
async def main(customer: str, cents: int):
    try:
        return {"charge": await charge(customer, cents)}
    except BaseException as exc:
        match exc:
            case TaskError(result={"error": {"name": "CardDeclined"}}):
                return {"charge": None, "ticket": await open_ticket(customer, "declined")}
            case _:
                raise
