# SDK: wmill 1.850.0 client.py: a task body runs once, in its own job; the temporary directory is made and used there.
import tempfile

from wmill import task, workflow


@task(timeout=1800)
async def render_video(project_id: str) -> str:
    workdir = tempfile.mkdtemp(prefix="render-")
    return f"{workdir}/{project_id}.mp4"


@workflow
async def main(project_id: str):
    return await render_video(project_id)
