# SDK: wmill 1.850.0 client.py: the body is replayed; whichever HTTP client the conditional import picked, a request made in the body is sent again each round.
try:
    import httpx as http
except ImportError:
    import requests as http

from wmill import task, workflow


@task()
async def build_release(tag: str) -> str:
    return f"artifact-{tag}"


@workflow
async def main(tag: str, hook: str):
    artifact = await build_release(tag)
    http.post(hook, json={"tag": tag, "artifact": artifact})  # expect: WAC101
    return {"artifact": artifact}
