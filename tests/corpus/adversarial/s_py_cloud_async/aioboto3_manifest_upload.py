# SDK: wmill 1.850.0 the workflow body replays after every task; an aioboto3 put_object awaited in the body uploads again each round
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


@workflow
async def main(video_keys: list[str], preset: str = "720p"):
    jobs = []
    for key in video_keys:
        jobs.append(await transcode(key, preset))
    manifest = {"preset": preset, "jobs": jobs}
    session = aioboto3.Session()
    async with session.client("s3") as s3:
        await s3.put_object(  # expect: WAC101
            Bucket="video-manifests", Key=f"{preset}/manifest.json", Body=json.dumps(manifest).encode()
        )
    return {"jobs": len(jobs)}
