# SDK: wmill 1.850.0 client.py: the task returns JSON values taken from the response (its decoded body, a dict of its headers, its status), and decodes redis bytes and subprocess output itself.
import subprocess

import httpx
import redis
from wmill import step, task, workflow

cache = redis.Redis.from_url("redis://cache.internal:6379/0")


@task()
async def probe(url: str) -> dict:
    resp = httpx.get(url, timeout=10)
    return {"status": resp.status_code, "headers": dict(resp.headers), "body": resp.json()}


@task()
async def cursor(stream: str) -> str:
    raw = cache.get(f"cursor:{stream}")
    return raw.decode() if raw is not None else "0-0"


@task()
async def head_sha(repo_dir: str) -> dict:
    out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo_dir, capture_output=True, check=True)
    return {"sha": out.stdout.decode().strip(), "code": out.returncode}


@workflow
async def main(url: str, stream: str, repo_dir: str):
    info = await probe(url)
    position = await cursor(stream)
    sha = await head_sha(repo_dir)
    took = await step("elapsed_ms", lambda: httpx.get(url).elapsed.total_seconds() * 1000)
    return {"info": info, "position": position, "sha": sha["sha"], "took": took}
