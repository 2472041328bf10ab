# SDK: wmill 1.850.0 the ride's start time comes in as an input and is parsed in the body (datetime.fromisoformat, timedelta arithmetic on inputs is deterministic); sleep(seconds) until two hours before the start; the forecast and the notice are tasks
from datetime import datetime, timedelta

import httpx
from wmill import sleep, step, task, workflow

FORECAST = "https://api.open-meteo.com/v1/forecast"


@task(timeout=60)
async def forecast(lat: float, lon: float, hour_iso: str) -> dict:
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(
            FORECAST,
            params={"latitude": lat, "longitude": lon, "hourly": "precipitation_probability,wind_speed_10m", "start_hour": hour_iso, "end_hour": hour_iso},
        )
        resp.raise_for_status()
        hourly = resp.json()["hourly"]
        return {"rain": hourly["precipitation_probability"][0], "wind": hourly["wind_speed_10m"][0]}


@task()
async def post_notice(ride_id: str, status: str, detail: str) -> None:
    async with httpx.AsyncClient(timeout=20) as client:
        await client.post(f"https://velo-club.example/api/rides/{ride_id}/notice", json={"status": status, "detail": detail})


@workflow
async def main(ride_id: str, start: str, lat: float, lon: float, rain_limit: int = 60, wind_limit: float = 40.0):
    start_at = datetime.fromisoformat(start)
    check_at = start_at - timedelta(hours=2)
    scheduled_at = await step("scheduled_at", lambda: datetime.now(start_at.tzinfo).isoformat())
    wait = (check_at - datetime.fromisoformat(scheduled_at)).total_seconds()
    if wait > 0:
        await sleep(int(wait))

    fc = await forecast(lat, lon, start_at.strftime("%Y-%m-%dT%H:00"))
    reasons = [
        f"{fc['rain']}% chance of rain" if fc["rain"] >= rain_limit else "",
        f"wind {fc['wind']} km/h" if fc["wind"] >= wind_limit else "",
    ]
    reasons = [r for r in reasons if r]
    status = "cancelled" if reasons else "on"
    await post_notice(ride_id, status, "; ".join(reasons) or "see you at the café")
    return {"ride": ride_id, "status": status, "forecast": fc}
