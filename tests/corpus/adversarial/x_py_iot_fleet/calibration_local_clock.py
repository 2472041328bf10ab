# SDK: wmill 1.850.0 replays the body from the top after each task; time.localtime()/strftime("%c") read the clock (and TZ) on every round
"""Run sensor recalibration at night only, stamping the batch with the run time."""
import time

from wmill import task, workflow


@task(timeout=1800)
async def recalibrate(sensor_ids: list[str], batch_label: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://sensors.internal.example") as client:
        resp = await client.post("/calibrations", json={"sensors": sensor_ids, "label": batch_label})
        resp.raise_for_status()
    return resp.json()


@task()
async def defer_to_tonight(sensor_ids: list[str]) -> str:
    import httpx

    async with httpx.AsyncClient(base_url="https://sensors.internal.example") as client:
        resp = await client.post("/calibrations/deferred", json={"sensors": sensor_ids})
    return resp.json()["ticket"]


@workflow
async def main(sensor_ids: list[str], force: bool = False):
    now = time.localtime()  # expect: WAC102
    if force or now.tm_hour < 6:
        label = "recal " + time.strftime("%c")  # expect: WAC102
        result = await recalibrate(sensor_ids, label)
        return {"ran": True, "result": result}
    ticket = await defer_to_tonight(sensor_ids)
    return {"ran": False, "ticket": ticket}
