# SDK: wmill 1.850.0 step() runs fn() when the step coroutine runs (here inside gather); default args / partial bind each loop value
import asyncio
import functools

from wmill import step, task, workflow


def ignition_score(cell: str, temp_c: float, rh: float) -> float:
    return round(max(0.0, temp_c - rh) / 10, 2)


@task()
async def grid_cells(region: str) -> list[dict]:
    return [{"cell": "A1", "temp_c": 39.0, "rh": 8.0}, {"cell": "A2", "temp_c": 31.0, "rh": 22.0}]


@task()
async def publish_risk_map(region: str, scores: list[float]) -> str:
    return "published"


@workflow
async def main(region: str = "north-coast"):
    cells = await grid_cells(region)

    pending = []
    for c in cells:
        pending.append(step("score", lambda c=c: ignition_score(c["cell"], c["temp_c"], c["rh"])))
    scores = await asyncio.gather(*pending)

    rechecks = await asyncio.gather(
        *[step("recheck", functools.partial(ignition_score, c["cell"], c["temp_c"] + 2, c["rh"])) for c in cells]
    )
    return await publish_risk_map(region, [max(a, b) for a, b in zip(scores, rechecks)])
