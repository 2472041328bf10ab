# SDK: wmill 1.850.0 parallel() gathers fn(item) per batch; gather of task coroutines keeps argument order
import asyncio
import itertools

from wmill import parallel, task, workflow


@task()
async def list_stations(district: str) -> list[str]:
    return ["ridge-07", "canyon-12", "mesa-03"]


@task()
async def read_station(station: str) -> dict:
    return {"station": station, "temp_c": 38.5, "rh": 9, "wind_kmh": 41}


@task()
async def fuel_moisture(station: str) -> float:
    return 6.5


@task()
async def over_red_flag(reading: dict) -> bool:
    return reading["rh"] < 15 and reading["wind_kmh"] > 40


@task()
async def spread_index(station: str, wind_kmh: int, moisture: float) -> float:
    return wind_kmh / max(moisture, 1.0)


@workflow
async def main(district: str = "sierra-east"):
    stations = await list_stations(district)
    readings, moisture = await asyncio.gather(
        asyncio.gather(*map(read_station, stations)),
        parallel(stations, fuel_moisture, concurrency=4),
    )

    flags = await asyncio.gather(*(over_red_flag(r) for r in readings))
    critical = [r for r, hot in zip(readings, flags) if hot]

    args = [(r["station"], r["wind_kmh"], m) for r, m in zip(readings, moisture)]
    indices = await asyncio.gather(*itertools.starmap(spread_index, args))

    total_wind = sum([r["wind_kmh"] for r in readings])
    worst = max(zip(indices, stations))
    return {"critical": [r["station"] for r in critical], "worst": worst[1], "wind": total_wind}
