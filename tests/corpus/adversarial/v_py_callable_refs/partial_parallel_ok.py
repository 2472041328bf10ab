# SDK: wmill 1.850.0 parallel(items, fn) calls fn(item) and gathers; functools.partial of a task calls the task wrapper with the bound keywords
"""Multi-region cache sync: one task per region through parallel() and a partial binding the mode."""
from functools import partial

from wmill import parallel, task, workflow


@task(timeout=900)
async def sync_region(region: str, mode: str, dry_run: bool) -> dict:
    import httpx
    import wmill

    api = wmill.get_resource("f/platform/edge_api")
    r = httpx.post(f"{api['url']}/regions/{region}/sync", json={"mode": mode, "dry_run": dry_run})
    r.raise_for_status()
    return {"region": region, **r.json()}


@workflow
async def main(regions: list[str], full: bool = False, dry_run: bool = True):
    mode = "full" if full else "incremental"
    sync = partial(sync_region, mode=mode, dry_run=dry_run)
    results = await parallel(regions, sync, concurrency=3)
    failed = [r["region"] for r in results if r.get("status") != "ok"]
    return {"mode": mode, "synced": len(results) - len(failed), "failed": failed}
