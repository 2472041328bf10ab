# SDK: wmill.set_progress posts to /job_metrics/set_progress (and GETs the job first); wmill.worker_is_draining GETs /jobs/worker_is_draining; both are Windmill API calls
import wmill
from wmill import task, workflow


@task(timeout=1800)
async def transcode(video_id: str, rendition: str) -> dict:
    import subprocess

    out = f"/tmp/{video_id}-{rendition}.mp4"
    subprocess.run(["ffmpeg", "-y", "-i", f"/media/{video_id}.mov", "-vf", f"scale=-2:{rendition}", out], check=True)
    return {"rendition": rendition, "path": out}


@task()
async def publish_manifest(video_id: str, outputs: list[dict]) -> str:
    return f"https://cdn.example.com/{video_id}/manifest.m3u8?n={len(outputs)}"


@workflow
async def main(video_id: str, renditions: list[str] = ["1080", "720", "480"]):
    outputs = []
    for i, rendition in enumerate(renditions):
        if wmill.worker_is_draining():  # expect: WAC101
            break
        outputs.append(await transcode(video_id=video_id, rendition=rendition))
        wmill.set_progress(int(90 * (i + 1) / len(renditions)))  # expect: WAC101
    manifest = await publish_manifest(video_id=video_id, outputs=outputs)
    return {"manifest": manifest, "renditions": [o["rendition"] for o in outputs]}
