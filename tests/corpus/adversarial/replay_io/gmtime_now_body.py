# SDK: wmill 1.850.0 client.py workflow(): time.gmtime() without an argument reads the clock; the month can change between replays.
import time

from wmill import task, workflow


@task()
async def archive(month: str) -> str:
    return month


@workflow
async def main():
    month = time.strftime("%Y-%m", time.gmtime())  # expect: WAC102
    return await archive(month)
