from f.shared.notify import alert
from wmill import task, workflow


@task()
async def close_period(period: str) -> dict:
    return {"period": period, "ok": False}


@task()
async def report_failure(period: str) -> int:
    return alert(f"period {period} failed")


@workflow
async def main(period: str):
    result = await close_period(period)
    if not result["ok"]:
        await report_failure(period)
    return result
