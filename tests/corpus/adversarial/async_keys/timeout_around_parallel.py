# SDK: wmill 1.850.0 client.py parallel(): it gathers the task calls, which suspend the round at once, so asyncio.timeout never fires in the workflow's round; a caught timeout only happens in a child job, which then runs the rest of the body.
import asyncio

from wmill import parallel, task, workflow


@task()
async def transcode(video_id: str) -> str:
    return f"{video_id}.mp4"


@task()
async def publish(videos: list[str]) -> int:
    return len(videos)


@workflow
async def main(video_ids: list[str]):
    try:
        async with asyncio.timeout(1800):
            done = await parallel(video_ids, transcode, concurrency=4)
    except TimeoutError:  # expect: WAC204
        done = []
    return await publish(done)
