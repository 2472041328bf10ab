# SDK: wmill 1.850.0 client.py parallel(items, fn, concurrency=...) awaits asyncio.gather per batch; awaiting parallel() consumes every task.
from wmill import parallel, task, workflow


@task(timeout=300)
async def transcode(video_id: str) -> str:
    return f"{video_id}.mp4"


@workflow
async def main(video_ids: list[str]):
    outputs = await parallel(video_ids, transcode, concurrency=4)
    return {"outputs": outputs}
