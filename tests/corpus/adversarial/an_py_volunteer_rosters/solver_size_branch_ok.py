# SDK: wmill 1.850.0 client.py: the body replays after each task; the branch reads only the checkpointed constraints, and os.cpu_count() / psutil figures go to a log line only, which each round prints for itself
"""Build the weekend rota, with the exact solver for small events."""

import os

import psutil

from wmill import task, workflow


@task(timeout=120)
async def load_constraints(event_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://roster.foodbank.example/api/events/{event_id}/constraints")
        r.raise_for_status()
        return r.json()


@task(timeout=3600, tag="highmem")
async def solve_exact(constraints: dict) -> dict:
    return {"solver": "cp-sat", "vars": len(constraints["slots"])}


@task(timeout=600)
async def solve_greedy(constraints: dict) -> dict:
    return {"solver": "greedy", "vars": len(constraints["slots"])}


@workflow
async def main(event_id: str, exact_limit: int = 400):
    constraints = await load_constraints(event_id)
    print(f"round on {os.cpu_count()} cpus, {psutil.virtual_memory().available // 2**20} MiB free")
    if len(constraints["slots"]) <= exact_limit:
        rota = await solve_exact(constraints)
    else:
        rota = await solve_greedy(constraints)
    return rota
