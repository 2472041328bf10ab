from wmill import task, workflow

from ..shared.notify import alert


@task()
async def close_period(period: str) -> dict:
    return {"period": period}


@workflow
async def main(period: str):
    result = await close_period(period)
    alert(f"closed {period}")  # expect: WAC101
    return result
