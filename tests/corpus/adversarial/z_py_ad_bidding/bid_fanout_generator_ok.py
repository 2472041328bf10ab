# SDK: wmill 1.850.0 _next_step allocates keys in call order; gather returns results in argument order; dict order is insertion order, the same every round
import asyncio

import anyio
from wmill import task, workflow, parallel


@task(timeout=180, tag="bidding")
async def score_creative(creative_id: str, audience: str) -> dict:
    import httpx

    results: dict[str, float] = {}

    async def one(model: str) -> None:
        async with httpx.AsyncClient(timeout=15) as c:
            r = await c.post(f"https://ml.internal/{model}/score", json={"creative": creative_id, "audience": audience})
            results[model] = r.json()["score"]

    # a task group inside the task: the task is one job and never suspends
    async with anyio.create_task_group() as tg:
        for model in ("ctr", "brand_safety", "viewability"):
            tg.start_soon(one, model)
    return {"creative_id": creative_id, "scores": results}


@task(timeout=60)
async def set_bid_multiplier(creative_id: str, multiplier: float) -> dict:
    import httpx

    r = httpx.put(f"https://ads.internal/creatives/{creative_id}/multiplier", json={"value": multiplier})
    return {"creative_id": creative_id, "status": r.status_code}


@task()
async def exchange_floors(region: str) -> dict:
    import httpx

    return httpx.get(f"https://floors.internal/{region}").json()


@task()
async def push_floor(exchange: str, floor_cpm: float) -> str:
    import httpx

    httpx.post(f"https://floors.internal/{exchange}", json={"floor": floor_cpm})
    return exchange


@workflow
async def main(creative_ids: list[str], audience: str = "sports_fans", region: str = "eu"):
    scored = await asyncio.gather(*(score_creative(cid, audience) for cid in creative_ids))
    multipliers = {}
    for cid, s in zip(creative_ids, scored):
        avg = sum(s["scores"].values()) / max(len(s["scores"]), 1)
        multipliers[cid] = round(0.5 + avg, 2)

    updates = await parallel(list(multipliers.items()), lambda kv: set_bid_multiplier(kv[0], kv[1]), concurrency=4)

    floors = await exchange_floors(region)
    pushed = []
    for ex, floor in sorted(floors.items()):
        pushed.append(await push_floor(ex, floor))
    return {"updates": updates, "floors_pushed": pushed}
