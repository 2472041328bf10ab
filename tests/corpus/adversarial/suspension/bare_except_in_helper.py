# SDK: wmill 1.850.0 client.py: a helper awaited by the body runs in the workflow; its bare except catches the _StepSuspend of the task it awaits.
from wmill import task, workflow


@task()
async def fetch_weather(city: str) -> dict:
    return {"city": city, "temp_c": 18}


async def safely(coro, default):
    try:
        return await coro
    except:  # noqa: E722
        return default


@workflow
async def main(cities: list[str]):
    report = {}
    for city in cities:
        report[city] = await safely(fetch_weather(city), {"city": city, "temp_c": None})  # expect: WAC201
    return report
