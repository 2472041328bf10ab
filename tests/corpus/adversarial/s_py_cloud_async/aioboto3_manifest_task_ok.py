# SDK: wmill 1.850.0 a task runs once as its own job; the aioboto3 upload inside it is not replayed, and the body only awaits tasks
import json

import aioboto3
from wmill import task, workflow


@task(timeout=1800)
async def transcode(video_key: str, preset: str) -> dict:
    import boto3

    mc = boto3.client("mediaconvert", endpoint_url="https://abcd1234.mediaconvert.eu-west-1.amazonaws.com")
    job = mc.create_job(
        Role="arn:aws:iam::123456789012:role/MediaConvert",
        JobTemplate=f"hls-{preset}",
        Settings={"Inputs": [{"FileInput": f"s3://raw-videos/{video_key}"}]},
    )
    return {"key": video_key, "preset": preset, "job_id": job["Job"]["Id"]}


@task()
async def write_manifest(preset: str, manifest: dict) -> str:
    session = aioboto3.Session()
    async with session.client("s3") as s3:
        key = f"{preset}/manifest.json"
        await s3.put_object(Bucket="video-manifests", Key=key, Body=json.dumps(manifest).encode())
    return f"s3://video-manifests/{key}"


@workflow
async def main(video_keys: list[str], preset: str = "720p"):
    jobs = []
    for key in video_keys:
        jobs.append(await transcode(key, preset))
    uri = await write_manifest(preset, {"preset": preset, "jobs": jobs})
    return {"jobs": len(jobs), "manifest": uri}
