# SDK: wmill 1.850.0 client.py: TaskError is an Exception raised for a failed task; catching it in a helper leaves _StepSuspend alone.
from wmill import TaskError, task, workflow


@task()
async def fetch_weather(city: str) -> dict:
    return {"city": city, "temp_c": 18}


async def or_default(coro, default):
    try:
        return await coro
    except TaskError:
        return default


@workflow
async def main(cities: list[str]):
    report = {}
    for city in cities:
        report[city] = await or_default(fetch_weather(city), {"city": city, "temp_c": None})
    return report
