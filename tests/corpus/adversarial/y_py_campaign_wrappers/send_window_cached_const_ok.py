# SDK: wmill 1.850.0 client.py: the body re-runs every round; a cached helper over a module constant and the input computes the same value each round
import functools

from wmill import sleep, task, workflow

QUIET_HOURS = {"default": (22, 7), "apac": (14, 23)}


@functools.cache
def quiet_hours(region: str) -> tuple:
    return QUIET_HOURS.get(region, QUIET_HOURS["default"])


@task()
async def schedule_blast(campaign_id: str, hour_utc: int) -> dict:
    import httpx

    return httpx.post(f"https://mailer.internal/campaigns/{campaign_id}/schedule", json={"hour": hour_utc}, timeout=30).json()


@workflow
async def main(campaign_id: str, region: str = "default", preferred_hour_utc: int = 9):
    start, end = quiet_hours(region)
    hour = preferred_hour_utc
    if start > end and (hour >= start or hour < end):
        hour = end
        await sleep(60)
    return await schedule_blast(campaign_id, hour)
