# SDK: wmill 1.850.0 a polling loop with a bounded number of rounds, sleep() with a backoff computed from the round number (deterministic), a TaskError handler that retries a flaky sensor task and re-raises after the last round
import httpx
from wmill import TaskError, sleep, task, workflow

HUMIDITY_LIMIT = 85.0
WIND_LIMIT_MS = 15.0


def backoff_seconds(round_no: int, base: int = 300, cap: int = 3600) -> int:
    return min(cap, base * 2 ** round_no)


def safe(conditions: dict) -> bool:
    return conditions["humidity"] < HUMIDITY_LIMIT and conditions["wind_ms"] < WIND_LIMIT_MS and not conditions["rain"]


@task(timeout=60)
async def read_weather_mast(site: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.get(f"https://wx.observatory.example/{site}/now")
        r.raise_for_status()
        body = r.json()
    return {"humidity": body["rh"], "wind_ms": body["wind"], "rain": body["rain_mm"] > 0}


@task()
async def set_roof(site: str, opened: bool) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://roof.observatory.example/{site}", json={"open": opened})
        return r.json()["state"]


@workflow
async def main(site: str, max_rounds: int = 8, sensor_retries: int = 2):
    history: list[dict] = []
    for round_no in range(max_rounds):
        conditions = None
        for attempt in range(sensor_retries + 1):
            try:
                conditions = await read_weather_mast(site)
                break
            except TaskError as err:
                history.append({"round": round_no, "sensor_error": str(err)})
                if attempt == sensor_retries:
                    raise
        assert conditions is not None
        history.append({"round": round_no, **conditions})
        if safe(conditions):
            state = await set_roof(site, True)
            return {"site": site, "roof": state, "rounds": round_no + 1, "history": history}
        await sleep(backoff_seconds(round_no))
    state = await set_roof(site, False)
    return {"site": site, "roof": state, "rounds": max_rounds, "history": history}
