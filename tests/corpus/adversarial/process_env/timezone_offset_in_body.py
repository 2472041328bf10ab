# SDK: wmill 1.850.0 client.py: time.timezone comes from the TZ setting of the worker replaying the round (an environment read); the schedule the task gets can differ between rounds.
import time

from wmill import task, workflow


@task()
async def schedule_report(hour_utc: int) -> str:
    return f"cron 0 {hour_utc} * * *"


@workflow
async def main(local_hour: int = 8):
    offset_h = -time.timezone // 3600  # expect: WAC102
    return await schedule_report((local_hour - offset_h) % 24)
