# SDK: wmill 1.850.0 replays the body from the top after each suspension; a tenacity-wrapped helper called from the body fetches again on every replay
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


@task()
async def start_wind_machines(block: str) -> str:
    r = httpx.post(f"https://fans.orchard.internal/blocks/{block}/start")
    return r.json()["run_id"]


@task()
async def start_sprinklers(block: str) -> str:
    r = httpx.post(f"https://irrigation.orchard.internal/blocks/{block}/frost-mode")
    return r.json()["run_id"]


@workflow
async def main(blocks: dict[str, list[float]], check_every_s: int = 1800, checks: int = 8):
    started: dict[str, str] = {}
    for _ in range(checks):
        for block, (lat, lon) in blocks.items():
            if block in started:
                continue
            low = hourly_minimum(lat, lon)  # expect: WAC101
            if low <= FROST_C:
                started[block] = await start_wind_machines(block=block)
                if low <= FROST_C - 2:
                    await wait_for_approval(timeout=900, key=f"sprinklers_{block}")  # expect: WAC103
                    await start_sprinklers(block=block)
        await sleep(check_every_s)
    return started
