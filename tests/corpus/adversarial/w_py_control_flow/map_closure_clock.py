# SDK: wmill 1.850.0 client.py — the body re-runs every round; a nested function mapped over rows calls time.time() in the body
import time

from wmill import task, workflow


@task()
async def pull_readings(sensor_ids: list[str]) -> list[dict]:
    import httpx

    return httpx.post("https://iot.example.com/api/readings", json={"ids": sensor_ids}).json()


@task()
async def store_readings(rows: list[dict]) -> int:
    import httpx

    return httpx.post("https://tsdb.example.com/write", json=rows).json()["written"]


@workflow
async def main(sensor_ids: list[str]):
    readings = await pull_readings(sensor_ids)

    def stamp(row: dict) -> dict:
        return {**row, "ingested_at": time.time()}

    rows = list(map(stamp, readings))  # expect: WAC102
    return {"written": await store_readings(rows)}
