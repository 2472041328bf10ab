# SDK: wmill 1.850.0 client.py: lzma.compress returns bytes, which the step's JSON round trip turns into the string of its repr.
import json
import lzma

from wmill import step, task, workflow


@task()
async def archive(blob: str, key: str) -> str:
    return f"{key}:{len(blob)}"


@workflow
async def main(events: list[dict], key: str):
    packed = await step("pack", lambda: lzma.compress(json.dumps(events).encode()))  # expect: WAC107
    return await archive(packed, key)
