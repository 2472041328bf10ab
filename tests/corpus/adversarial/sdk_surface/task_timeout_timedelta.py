# SDK: wmill 1.850.0 client.py: `task(timeout: Optional[int])` copies the value into the dispatch info unconverted (`info[opt_key] = _task_options[opt_key]`), so a `timedelta` is not a number of seconds when it reaches the worker.
from datetime import timedelta

from wmill import task, workflow


@task(timeout=timedelta(minutes=10))  # expect: WAC302
async def transcode(video: str) -> str:
    return video + ".mp4"


@workflow
async def main(video: str):
    return await transcode(video)
