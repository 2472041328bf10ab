# SDK: wmill 1.850.0 @workflow marks main; @task dispatches; a workflow module other workflows import from
"""Nightly truck rebalancing. Also the home of the depot helpers other workflows reuse."""

import httpx
from wmill import step, task, workflow

DEPOT_API = "https://depots.example-fleet.io/v1"


async def fetch_depots(region: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.get(f"{DEPOT_API}/depots", params={"region": region})
        resp.raise_for_status()
        return resp.json()


def plan_moves(depots: list[dict]) -> list[dict]:
    surplus = [d for d in depots if d["trucks"] > d["target"]]
    short = [d for d in depots if d["trucks"] < d["target"]]
    return [{"from": s["id"], "to": t["id"]} for s, t in zip(surplus, short)]


@task()
async def load_depots(region: str) -> list[dict]:
    return await fetch_depots(region)


@task(timeout=300)
async def move_truck(src: str, dst: str) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(f"{DEPOT_API}/moves", json={"from": src, "to": dst})
        return resp.json()


@workflow
async def main(region: str = "eu-west"):
    depots = await load_depots(region)
    moves = await step("plan", lambda: plan_moves(depots))
    done = []
    for mv in moves:
        done.append(await move_truck(mv["from"], mv["to"]))
    return {"moves": len(done)}
