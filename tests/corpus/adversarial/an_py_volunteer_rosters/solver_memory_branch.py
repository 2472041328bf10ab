# SDK: wmill 1.850.0 client.py: the body replays after each task, on whichever worker picks the round up; psutil.virtual_memory() reads that worker's free memory, so one round may call solve_exact and another solve_greedy (their keys differ, so both get dispatched)
"""Build the weekend rota, with an exact solver when the worker has room for it."""

import psutil

from wmill import task, workflow

GIB = 1024**3


@task(timeout=120)
async def load_constraints(event_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://roster.foodbank.example/api/events/{event_id}/constraints")
        r.raise_for_status()
        return r.json()


@task(timeout=3600, tag="highmem")
async def solve_exact(constraints: dict) -> dict:
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    return {"solver": "cp-sat", "vars": len(constraints["slots"]), "status": str(model)}


@task(timeout=600)
async def solve_greedy(constraints: dict) -> dict:
    return {"solver": "greedy", "vars": len(constraints["slots"])}


@workflow
async def main(event_id: str):
    constraints = await load_constraints(event_id)
    if psutil.virtual_memory().available > 8 * GIB:  # expect: WAC102
        rota = await solve_exact(constraints)
    else:
        rota = await solve_greedy(constraints)
    return rota
