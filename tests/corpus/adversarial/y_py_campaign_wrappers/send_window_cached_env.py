# SDK: wmill 1.850.0 client.py: each round runs in a new process, so functools.cache does not pin the value: the cached helper reads os.environ again in every round, possibly on another worker
import functools
import os

from wmill import sleep, task, workflow


@functools.cache
def quiet_hours() -> tuple:
    raw = os.environ.get("CAMPAIGN_QUIET_HOURS", "22-7")
    start, end = raw.split("-")
    return int(start), int(end)


@task()
async def schedule_blast(campaign_id: str, hour_utc: int) -> dict:
    import httpx

    return httpx.post(f"https://mailer.internal/campaigns/{campaign_id}/schedule", json={"hour": hour_utc}, timeout=30).json()


@workflow
async def main(campaign_id: str, preferred_hour_utc: int = 9):
    start, end = quiet_hours()  # expect: WAC102
    hour = preferred_hour_utc
    if start > end and (hour >= start or hour < end):
        hour = end
        await sleep(60)
    return await schedule_blast(campaign_id, hour)
