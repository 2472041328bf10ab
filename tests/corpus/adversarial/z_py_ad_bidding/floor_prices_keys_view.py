# SDK: wmill 1.850.0 _alloc_key numbers repeated names in call order (push_floor, push_floor_2, ...); dict.keys() - dict.keys() is a set of str, ordered by salted hashes per process
from wmill import task, workflow, step


@task(timeout=60)
async def current_floors(region: str) -> dict:
    import httpx

    return httpx.get(f"https://floors.internal/{region}/current").json()


@task(timeout=60)
async def paused_exchanges(region: str) -> dict:
    import httpx

    return httpx.get(f"https://floors.internal/{region}/paused").json()


@task(timeout=60)
async def push_floor(exchange: str, floor_cpm: float) -> dict:
    import httpx

    r = httpx.post(f"https://floors.internal/{exchange}", json={"floor": floor_cpm})
    r.raise_for_status()
    return {"exchange": exchange, "floor": floor_cpm}


@workflow
async def main(region: str, uplift: float = 0.05):
    floors = await current_floors(region)
    paused = await paused_exchanges(region)

    pushed = []
    for ex in floors.keys() - paused.keys():  # expect: WAC105
        new_floor = round(floors[ex] * (1 + uplift), 3)
        pushed.append(await push_floor(ex, new_floor))

    report = await step("report", lambda: {"region": region, "pushed": len(pushed)})
    return {"pushed": pushed, "report": report}
