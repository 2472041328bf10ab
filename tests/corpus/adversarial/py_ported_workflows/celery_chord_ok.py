# SDK: wmill 1.850.0 client.py: the generator passed to asyncio.gather calls every task before the first await (one parallel dispatch, keys resize, resize_2, ... in list order), and the callback task gets the gathered list.
"""Thumbnail job ported from a Celery chord: group(resize.s(k) for k in keys) | summarize.s()."""

import asyncio
import logging
from itertools import batched

from wmill import task, workflow

log = logging.getLogger("thumbs")

BATCH = 25


@task(timeout=600, tag="imaging")
async def resize(image_key: str, width: int) -> dict:
    import boto3
    from PIL import Image

    s3 = boto3.client("s3")
    local = f"/tmp/{image_key.replace('/', '_')}"
    s3.download_file("media", image_key, local)
    with Image.open(local) as img:
        img.thumbnail((width, width))
        img.save(local + ".thumb.jpg")
    s3.upload_file(local + ".thumb.jpg", "media-thumbs", image_key)
    return {"key": image_key, "ok": True}


@task()
async def summarize(results: list[dict]) -> dict:
    failed = [r["key"] for r in results if not r["ok"]]
    return {"done": len(results) - len(failed), "failed": failed}


@workflow
async def main(image_keys: list[str], width: int = 256):
    results: list[dict] = []
    for group in batched(image_keys, BATCH):
        results.extend(await asyncio.gather(*(resize(key, width) for key in group)))
        log.info("resized %d / %d", len(results), len(image_keys))
    return await summarize(results)
