# SDK: wmill 1.850.0 client.py: os.uname() describes the machine running this round; another worker replays with another node name.
import os

from wmill import task, workflow


@task()
async def register_run(pipeline: str, node: str) -> str:
    return f"{pipeline}@{node}"


@workflow
async def main(pipeline: str):
    node = os.uname().nodename  # expect: WAC102
    return await register_run(pipeline, node)
