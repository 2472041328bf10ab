# SDK: wmill 1.850.0 sleep() suspends the round; the while test runs again in every replayed round
import httpx
from wmill import sleep, task, workflow

NWS_ALERTS = "https://api.weather.gov/alerts/active"


@task()
async def stage_crews(zone: str) -> dict:
    return {"zone": zone, "crews": 3}


@task()
async def stand_down(zone: str) -> None:
    return None


@workflow
async def main(zone: str = "CAZ519", max_polls: int = 24):
    polls = 0
    # replayed rounds ask the weather service again: the loop may stop at a different sleep
    while httpx.get(NWS_ALERTS, params={"zone": zone}).json()["features"]:  # expect: WAC101
        polls += 1
        if polls == 1:
            await stage_crews(zone)
        if polls >= max_polls:
            break
        await sleep(1800)

    await stand_down(zone)
    return {"zone": zone, "polls": polls}
