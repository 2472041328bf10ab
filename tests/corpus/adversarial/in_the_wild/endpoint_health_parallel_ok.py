# SDK: wmill 1.850.0 client.py parallel(items, fn, *, concurrency) calls fn(item) per item in batches; asyncio.sleep inside a task runs in the task's own job, not in the replayed body.
import asyncio
import json
import urllib.error
import urllib.request
from typing import Any

from wmill import parallel, task, workflow


@task
async def probe(job: dict) -> dict[str, Any]:
    """GET job["url"] with exponential backoff; never raises."""
    url, retries = job["url"], job.get("retries", 3)
    for attempt in range(retries):
        if attempt:
            await asyncio.sleep(2 ** (attempt - 1))
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                return {"endpoint": url, "ok": True, "body": json.loads(resp.read() or b"null")}
        except (urllib.error.URLError, TimeoutError, ValueError):
            continue
    return {"endpoint": url, "ok": False, "body": None}


@workflow
async def main(endpoints: list, max_retries: int = 3) -> dict[str, Any]:
    jobs = [{"url": url, "retries": max_retries} for url in endpoints]
    results = await parallel(jobs, probe, concurrency=3)
    healthy = sum(1 for r in results if r["ok"])
    return {"total": len(endpoints), "healthy": healthy, "success_rate": healthy / max(len(endpoints), 1)}
