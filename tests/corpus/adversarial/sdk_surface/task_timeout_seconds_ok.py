# SDK: wmill 1.850.0 client.py: `task(timeout: Optional[int])` takes seconds; `int(timedelta(...).total_seconds())` and a module constant of seconds are both ints.
from datetime import timedelta

from wmill import task, workflow

TEN_MINUTES = 600


@task(timeout=int(timedelta(minutes=10).total_seconds()))
async def transcode(video: str) -> str:
    return video + ".mp4"


@task(timeout=TEN_MINUTES, retry={"attempts": 2, "delay": 5, "multiplier": 2, "max_delay": 60})
async def publish(video: str) -> str:
    return video


@workflow
async def main(video: str):
    return await publish(await transcode(video))
