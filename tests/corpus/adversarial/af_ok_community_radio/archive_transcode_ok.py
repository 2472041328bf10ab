# SDK: wmill 1.850.0 one task per unique show, dispatched over sorted(set(...)) (a stable order); asyncio.gather of the coroutines; Counter / sum over the checkpointed results; the archive bucket name is configuration, not state
import asyncio
from collections import Counter

from wmill import task, workflow

ARCHIVE_BUCKET = "kxrd-archive"
FORMATS = ("opus", "mp3")


@task(timeout=3600, tag="ffmpeg")
async def transcode_show(show: str, day: str) -> dict:
    import subprocess

    src = f"s3://{ARCHIVE_BUCKET}/raw/{day}/{show}.wav"
    outputs = {}
    for fmt in FORMATS:
        dst = f"s3://{ARCHIVE_BUCKET}/{fmt}/{day}/{show}.{fmt}"
        proc = subprocess.run(["transcode-to", fmt, src, dst], capture_output=True, text=True)
        outputs[fmt] = proc.returncode == 0
    return {"show": show, "outputs": outputs}


@task()
async def list_segments(day: str) -> list[dict]:
    import boto3

    s3 = boto3.client("s3")
    listing = s3.list_objects_v2(Bucket=ARCHIVE_BUCKET, Prefix=f"raw/{day}/")
    return [{"key": o["Key"], "show": o["Key"].split("/")[-1].split("-")[0]} for o in listing.get("Contents", [])]


@workflow
async def main(day: str):
    segments = await list_segments(day)
    shows = sorted({s["show"] for s in segments})
    results = await asyncio.gather(*(transcode_show(show, day) for show in shows))
    ok = Counter(fmt for r in results for fmt, done in r["outputs"].items() if done)
    failed = [r["show"] for r in results if not all(r["outputs"].values())]
    return {"day": day, "shows": len(shows), "converted": dict(ok), "failed": failed}
