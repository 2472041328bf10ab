# SDK: wmill 1.850.0 os.environ and wmill.get_variable read inside tasks; a step whose async callback calls the weather API once; min/max over a list of task results
import os
from typing import Optional

import httpx
import wmill
from wmill import sleep, step, task, workflow

WET_BULB_LIMIT = -2.5
GUN_KW = 22.0


def wet_bulb(temp_c: float, rh: float) -> float:
    return temp_c * (0.151977 * (rh + 8.313659) ** 0.5) ** 0 - (100 - rh) / 20


async def forecast(lat: float, lon: float) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get("https://api.weather.example/hourly", params={"lat": lat, "lon": lon, "hours": 24})
        r.raise_for_status()
        return r.json()["hours"]


@task()
async def start_guns(trail: str, guns: int, hours: int) -> dict:
    scada = os.environ.get("SCADA_URL", "https://scada.resort.internal")
    token = wmill.get_variable("f/ops/scada_token")
    async with httpx.AsyncClient(base_url=scada, headers={"Authorization": token}) as c:
        r = await c.post("/snowmaking/start", json={"trail": trail, "guns": guns, "hours": hours})
        r.raise_for_status()
        return r.json()


@task()
async def stop_guns(trail: str) -> bool:
    scada = os.environ.get("SCADA_URL", "https://scada.resort.internal")
    async with httpx.AsyncClient(base_url=scada) as c:
        return (await c.post("/snowmaking/stop", json={"trail": trail})).is_success


@workflow
async def main(trails: list[str], lat: float, lon: float, guns_per_trail: int = 8, budget_kwh: Optional[float] = None):
    hours = await step("forecast", lambda: forecast(lat, lon))
    cold = [h for h in hours if wet_bulb(h["temp_c"], h["rh"]) <= WET_BULB_LIMIT]
    if not cold:
        return {"started": [], "reason": "too warm"}
    run_hours = len(cold)
    if budget_kwh is not None:
        run_hours = min(run_hours, int(budget_kwh // (GUN_KW * guns_per_trail * max(len(trails), 1))))
    started = [await start_guns(t, guns_per_trail, run_hours) for t in trails]
    await sleep(run_hours * 3600)
    stopped = [await stop_guns(t) for t in trails]
    return {"started": started, "stopped": stopped, "hours": run_hours}
