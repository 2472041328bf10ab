# SDK: wmill 1.850.0 client.py: on Windmill `wmill` is installed, so the `try` imports the SDK's own names unaliased (Windmill's parser reads them by name); the `except ImportError` fallback only defines local stand-ins for a laptop without the SDK, never used on a worker
"""Nightly door-cycle rollup for every cabin of a line. The team runs it locally
without the SDK while developing, hence the fallback."""

import httpx

try:
    from wmill import task, workflow
except ImportError:  # local development without the SDK

    def task(_func=None, **_options):
        return _func if _func is not None else (lambda f: f)

    def workflow(func):
        return func


@task(timeout=300)
async def door_cycles(line: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://telemetry.ropeway.example/api") as client:
        r = await client.get(f"/lines/{line}/doors")
        r.raise_for_status()
        return r.json()["cabins"]


@task(timeout=300)
async def store_rollup(line: str, rows: list[dict]) -> dict:
    async with httpx.AsyncClient(base_url="https://reports.ropeway.example/api") as client:
        r = await client.post(f"/lines/{line}/door-rollup", json={"rows": rows})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str):
    cabins = await door_cycles(line)
    rows = [{"cabin": c["cabin"], "cycles": c["cycles"], "over": c["cycles"] > 250_000} for c in cabins]
    return await store_rollup(line, rows)
