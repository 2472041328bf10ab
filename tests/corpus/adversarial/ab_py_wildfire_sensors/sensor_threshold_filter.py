# SDK: wmill 1.850.0 a @task call returns _next_step's coroutine at once (key allocated, step queued); a coroutine is truthy
import asyncio

from wmill import task, workflow


@task()
async def list_stations(district: str) -> list[str]:
    return ["ridge-07", "canyon-12", "mesa-03"]


@task()
async def read_station(station: str) -> dict:
    return {"station": station, "temp_c": 38.5, "rh": 9, "wind_kmh": 41}


@task()
async def over_red_flag(reading: dict) -> bool:
    return reading["rh"] < 15 and reading["wind_kmh"] > 40


@task()
async def page_duty_officer(district: str, stations: list[str]) -> str:
    return "paged"


@workflow
async def main(district: str = "sierra-east"):
    stations = await list_stations(district)
    readings = await asyncio.gather(*map(read_station, stations))

    # the predicate is a task: filter() keeps every reading (a coroutine is truthy)
    critical = list(filter(over_red_flag, readings))  # expect: WAC106
    if critical:
        return await page_duty_officer(district, [r["station"] for r in critical])
    return "quiet"
