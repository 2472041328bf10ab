# SDK: wmill 1.850.0 replays the body; excluded from sync by wmill.yaml, but still a workflow with I/O in its body.
import requests
from wmill import task, workflow


@task()
async def noop(x: int) -> int:
    return x


@workflow
async def main(url: str):
    requests.post(url, json={})  # expect: WAC101
    return await noop(1)
