# SDK: wmill.set_progress is an API call, run here inside step (checkpointed once); get_workspace only reads the client's workspace (WM_WORKSPACE), no request
import wmill
from wmill import step, task, workflow


@task(timeout=1800)
async def transcode(video_id: str, rendition: str) -> dict:
    import subprocess

    out = f"/tmp/{video_id}-{rendition}.mp4"
    subprocess.run(["ffmpeg", "-y", "-i", f"/media/{video_id}.mov", "-vf", f"scale=-2:{rendition}", out], check=True)
    if wmill.worker_is_draining():
        print("worker draining; finishing this rendition anyway")
    return {"rendition": rendition, "path": out}


@task()
async def publish_manifest(video_id: str, outputs: list[dict]) -> str:
    return f"https://cdn.example.com/{video_id}/manifest.m3u8?n={len(outputs)}"


def report(percent: int) -> int:
    wmill.set_progress(percent)
    return percent


@workflow
async def main(video_id: str, renditions: list[str] = ["1080", "720", "480"]):
    workspace = wmill.get_workspace()
    outputs = []
    for i, rendition in enumerate(renditions):
        outputs.append(await transcode(video_id=video_id, rendition=rendition))
        await step("progress", lambda: report(int(90 * (i + 1) / len(renditions))))
    manifest = await publish_manifest(video_id=video_id, outputs=outputs)
    return {"workspace": workspace, "manifest": manifest}
