# SDK: wmill 1.850.0 client.py the body's internal exceptions are _StepSuspend and _StepFailure (both BaseException); a guard helper that re-raises both by class name keeps the catch-all safe.
from wmill import task, workflow

_SDK_SIGNALS = ("_StepSuspend", "_StepFailure")


def is_sdk_signal(exc: BaseException) -> bool:
    return type(exc).__name__ in _SDK_SIGNALS


@task()
async def charge(customer: str, cents: int) -> str:
    return "ch_1"


@workflow
async def main(customer: str, cents: int):
    try:
        return {"charge": await charge(customer, cents)}
    except BaseException as e:
        if is_sdk_signal(e):
            raise
        return {"charge": None, "error": repr(e)}
