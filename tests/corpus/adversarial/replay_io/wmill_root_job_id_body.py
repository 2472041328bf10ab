# SDK: wmill 1.850.0 client.py get_root_job_id() does self.get(f"/w/{workspace}/jobs_u/get_root_job_id/{job_id}"): an API request on every replay.
import wmill
from wmill import task, workflow


@task()
async def tag_run(root: str, label: str) -> str:
    return f"{root}:{label}"


@workflow
async def main(label: str):
    root = wmill.get_root_job_id()  # expect: WAC101
    return await tag_run(root, label)
