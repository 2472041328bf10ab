# SDK: wmill 1.850.0 client.py: a task's result is encoded with json.dumps(default=str); requests' CaseInsensitiveDict is not a dict, so the headers come back as one string and headers["etag"] raises TypeError.
import requests
from wmill import task, workflow


@task()
async def head_object(url: str):
    resp = requests.head(url, timeout=10)
    resp.raise_for_status()
    return resp.headers  # expect: WAC107


@task()
async def mirror(url: str, etag: str) -> str:
    return f"mirrored {url} at {etag}"


@workflow
async def main(url: str):
    headers = await head_object(url)
    return await mirror(url, headers["etag"])
