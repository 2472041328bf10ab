# SDK: wmill 1.850.0 client.py: time.gmtime(ts) / time.strftime of an explicit struct read no clock; the same on every replay.
import time

from wmill import task, workflow


@task()
async def archive(month: str) -> str:
    return month


@workflow
async def main(epoch_seconds: int):
    month = time.strftime("%Y-%m", time.gmtime(epoch_seconds))
    return await archive(month)
