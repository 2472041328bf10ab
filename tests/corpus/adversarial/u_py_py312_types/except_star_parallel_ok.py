# SDK: wmill 1.850.0 parallel() gathers tasks and a failed one raises TaskError; `except*` wraps it for matching and lets the BaseException suspension through unmatched
import logging

from wmill import TaskError, parallel, task, workflow

log = logging.getLogger("thumbs")


@task(timeout=300)
async def render_thumbnail(key: str) -> str:
    import io

    import boto3
    from PIL import Image

    s3 = boto3.client("s3")
    img = Image.open(io.BytesIO(s3.get_object(Bucket="media", Key=key)["Body"].read()))
    img.thumbnail((320, 320))
    buf = io.BytesIO()
    img.save(buf, "WEBP")
    out = key.rsplit(".", 1)[0] + "_thumb.webp"
    s3.put_object(Bucket="media", Key=out, Body=buf.getvalue())
    return out


@workflow
async def main(keys: list[str]):
    try:
        thumbs = await parallel(keys, render_thumbnail, concurrency=8)
    except* TaskError as group:
        for err in group.exceptions:
            log.error("thumbnail failed: %s", err)
        raise
    return {"thumbs": thumbs}
