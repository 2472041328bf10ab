# SDK: wmill 1.850.0 client.py workflow(): datetime.date.today() changes at midnight, so a replay after a long task can see another day.
import datetime

from wmill import task, workflow


@task()
async def export_day(day: str) -> int:
    return 0


@workflow
async def main():
    day = datetime.date.today().isoformat()  # expect: WAC102
    return await export_day(day)
