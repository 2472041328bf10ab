# SDK: wmill 1.850.0 client.py: the body re-runs every round in a new process; tempfile.mkdtemp() creates a directory on the worker each time, under a new random name, and the name sent to the task differs between replays.
import tempfile

from wmill import task, workflow


@task(timeout=1800)
async def render_video(project_id: str, workdir: str) -> str:
    return f"{workdir}/{project_id}.mp4"


@workflow
async def main(project_id: str):
    workdir = tempfile.mkdtemp(prefix="render-")  # expect: WAC101
    return await render_video(project_id, workdir)
