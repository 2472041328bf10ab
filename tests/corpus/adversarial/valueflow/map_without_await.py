# SDK: wmill 1.850.0 client.py: list(map(task, xs)) builds coroutines that are never awaited; the steps are queued but their results lost.
from wmill import task, workflow


@task()
async def thumbnail(image_url: str) -> str:
    return image_url + "?w=200"


@task()
async def save_gallery(gallery_id: str, images: list[str]) -> int:
    return len(images)


@workflow
async def main(gallery_id: str, images: list[str]):
    thumbs = list(map(thumbnail, images))  # expect: WAC106
    saved = await save_gallery(gallery_id, images)
    return {"saved": saved, "thumbs": len(thumbs)}
