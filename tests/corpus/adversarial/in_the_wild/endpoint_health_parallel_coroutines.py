# SDK: wmill 1.850.0 client.py `async def parallel(items, fn, *, concurrency=None)`: both items and fn are required, so `parallel(coroutines, concurrency=3)` raises TypeError.
# Endpoint health pipeline
#
# Parameters:
#   endpoints   : list - URLs to probe
#   max_retries : int  - attempts per endpoint
import asyncio
import json
import urllib.error
import urllib.request
from typing import Any

from wmill import parallel, task, workflow


@task
async def probe(url: str, max_retries: int) -> dict[str, Any]:
    """GET url with exponential backoff; never raises."""
    for attempt in range(max_retries):
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
    # ------------------------------------------------------------------
    # fan out, three at a time
    # ------------------------------------------------------------------
    pending = [probe(url, max_retries) for url in endpoints]
    results: list[dict[str, Any]] = await parallel(pending, concurrency=3)  # expect: WAC301
    healthy = sum(1 for r in results if r["ok"])
    return {"total": len(endpoints), "healthy": healthy}
