import f.shared.notify as notify
from wmill import task, workflow


@task()
async def close_period(period: str) -> dict:
    return {"period": period, "ok": False}


@workflow
async def main(period: str):
    result = await close_period(period)
    if not result["ok"]:
        notify.alert(f"period {period} failed")  # expect: WAC101
    return result
