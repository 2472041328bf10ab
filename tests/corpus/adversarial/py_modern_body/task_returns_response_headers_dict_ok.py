# SDK: wmill 1.850.0 client.py: dict(resp.headers) is a plain dict of str, which survives the task's JSON round trip.
import requests
from wmill import task, workflow


@task()
async def head_object(url: str) -> dict:
    resp = requests.head(url, timeout=10)
    resp.raise_for_status()
    return {k.lower(): v for k, v in resp.headers.items()}


@task()
async def mirror(url: str, etag: str) -> str:
    return f"mirrored {url} at {etag}"


@workflow
async def main(url: str):
    headers = await head_object(url)
    return await mirror(url, headers["etag"])
