# SDK: wmill 1.850.0 client.py parallel() awaits the task wrappers; without @workflow on main there is no WorkflowCtx, so nothing is dispatched or checkpointed.
import json
import urllib.request

from wmill import task


@task
async def fetch_endpoint(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return {"url": url, "status": resp.status, "body": json.loads(resp.read() or b"{}")}


async def main(endpoints: list[str]):  # expect: WAC005
    from wmill import parallel

    results = await parallel(endpoints, fetch_endpoint, concurrency=3)
    ok = [r for r in results if r["status"] < 400]
    return {"ok": len(ok), "failed": len(results) - len(ok)}
