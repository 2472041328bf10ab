# SDK: wmill 1.850.0 a task body runs once in its child job; the tenacity retry lives inside the task, and the body only branches on checkpointed results
import httpx
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential
from wmill import sleep, task, wait_for_approval, workflow

WEATHER = "https://api.agro-weather.example/v3"
FROST_C = -1.5


@retry(
    stop=stop_after_attempt(4),
    wait=wait_exponential(multiplier=1, max=20),
    retry=retry_if_exception_type(httpx.TransportError),
)
def hourly_minimum(lat: float, lon: float) -> float:
    resp = httpx.get(f"{WEATHER}/forecast/hourly", params={"lat": lat, "lon": lon, "hours": 12}, timeout=10)
    resp.raise_for_status()
    return min(h["temp_c"] for h in resp.json()["hours"])


@task(timeout=120)
async def forecast_low(lat: float, lon: float) -> float:
    return hourly_minimum(lat, lon)


@task()
async def start_wind_machines(block: str) -> str:
    r = httpx.post(f"https://fans.orchard.internal/blocks/{block}/start")
    return r.json()["run_id"]


@task()
async def start_sprinklers(blocks: list[str]) -> list[str]:
    r = httpx.post("https://irrigation.orchard.internal/frost-mode", json={"blocks": blocks})
    return r.json()["run_ids"]


@workflow
async def main(blocks: dict[str, list[float]], check_every_s: int = 1800, checks: int = 8):
    started: dict[str, str] = {}
    severe: list[str] = []
    for _ in range(checks):
        for block, (lat, lon) in blocks.items():
            if block in started:
                continue
            low = await forecast_low(lat=lat, lon=lon)
            if low <= FROST_C:
                started[block] = await start_wind_machines(block=block)
                if low <= FROST_C - 2:
                    severe.append(block)
        await sleep(check_every_s)
    if severe:
        await wait_for_approval(timeout=900, key="sprinklers")
        await start_sprinklers(blocks=severe)
    return started
