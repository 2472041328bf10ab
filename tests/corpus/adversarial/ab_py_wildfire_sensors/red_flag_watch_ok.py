# SDK: wmill 1.850.0 task results are checkpointed, so a while loop on them takes the same path in every round
import httpx
from wmill import sleep, task, workflow

NWS_ALERTS = "https://api.weather.gov/alerts/active"


@task()
async def active_alerts(zone: str) -> int:
    r = httpx.get(NWS_ALERTS, params={"zone": zone}, timeout=10)
    return len(r.json()["features"])


@task()
async def stage_crews(zone: str) -> dict:
    return {"zone": zone, "crews": 3}


@task()
async def stand_down(zone: str) -> None:
    return None


@workflow
async def main(zone: str = "CAZ519", max_polls: int = 24):
    polls = 0
    while (alerts := await active_alerts(zone)) > 0:
        polls += 1
        if polls == 1:
            await stage_crews(zone)
        if polls >= max_polls:
            break
        await sleep(1800)

    await stand_down(zone)
    return {"zone": zone, "polls": polls, "last_alerts": alerts}
