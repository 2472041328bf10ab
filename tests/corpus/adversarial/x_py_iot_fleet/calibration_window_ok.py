# SDK: wmill 1.850.0 step() checkpoints fn()'s result (json default=str) and returns it on every replay; time.gmtime(ts) of an input is no clock read
"""Run sensor recalibration at night only; the clock is read once, in a step."""
import time

from wmill import step, task, workflow


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
async def main(sensor_ids: list[str], last_calibrated_ts: int, force: bool = False):
    stamp = await step("utc_stamp", lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    hour = int(stamp[11:13])
    last_day = time.strftime("%Y-%m-%d", time.gmtime(last_calibrated_ts))
    print("started", time.strftime("%c"), "- last calibration on", last_day)
    if force or hour < 6:
        result = await recalibrate(sensor_ids, f"recal {stamp} (previous {last_day})")
        return {"ran": True, "result": result}
    ticket = await defer_to_tonight(sensor_ids)
    return {"ran": False, "ticket": ticket}
