# SDK: wmill 1.850.0 client.py: the @workflow body re-runs on replay; a partial of requests.post called there posts again each round.
import functools

import requests
from wmill import task, workflow

notify = functools.partial(requests.post, "https://chat.example.com/api/hooks/releases", timeout=10)


@task(timeout=1200)
async def build(ref: str) -> dict:
    return {"ref": ref, "artifact": f"app-{ref}.tar.gz"}


@workflow
async def main(ref: str):
    artifact = await build(ref)
    notify(json={"text": f"built {artifact['artifact']}"})  # expect: WAC101
    return artifact
