# SDK: wmill 1.850.0 __init__.py re-exports the client module, so `from wmill import *` binds task/step/workflow/sleep unaliased.
from wmill import *


@task()
async def poll_build(build_id: str) -> dict:
    import requests

    return requests.get(f"https://ci.example.com/api/builds/{build_id}").json()


@workflow
async def main(build_id: str, max_polls: int = 10):
    for _ in range(max_polls):
        build = await poll_build(build_id)
        if build["state"] in ("passed", "failed"):
            return build
        await sleep(60)
    return {"state": "timeout", "build_id": build_id}
