# SDK: wmill 1.850.0 a workflow over a class of pure methods (built in the body from task results), a dataclass converted with asdict before it crosses a checkpoint, json.loads of a step's string right after the checkpoint, functools.partial of a pure scorer
import json
from dataclasses import asdict, dataclass
from functools import partial

from wmill import step, task, workflow


@dataclass
class Suspect:
    meter: str
    night_flow: float
    days: int
    score: float = 0.0


class LeakModel:
    def __init__(self, baseline: dict[str, float]):
        self.baseline = baseline

    def score(self, s: Suspect, weight: float) -> float:
        base = self.baseline.get(s.meter, 0.5)
        return round(weight * (s.night_flow / max(base, 0.1)) * min(s.days, 14) / 14, 3)

    @staticmethod
    def band(score: float) -> str:
        return "crew" if score >= 2.5 else "letter" if score >= 1.2 else "watch"


@task()
async def night_flows(district: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.get(f"https://ami.water.example/{district}/night-flow")
        return r.json()["meters"]


@task()
async def baselines(district: str) -> dict[str, float]:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.get(f"https://ami.water.example/{district}/baselines")
        return r.json()


@task()
async def open_work_orders(district: str, suspects: list[dict]) -> list[str]:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post("https://cmms.water.example/work-orders", json={"district": district, "items": suspects})
        return r.json()["ids"]


@workflow
async def main(district: str, weight: float = 1.0):
    rows = await night_flows(district)
    model = LeakModel(await baselines(district))
    scorer = partial(model.score, weight=weight)
    suspects = [Suspect(r["meter"], float(r["gpm"]), int(r["days"])) for r in rows if r["gpm"] > 0]
    for s in suspects:
        s.score = scorer(s)
    config = json.loads(await step("thresholds", lambda: json.dumps({"max_orders": 40})))
    crew = sorted((s for s in suspects if LeakModel.band(s.score) == "crew"), key=lambda s: -s.score)
    crew = crew[: config["max_orders"]]
    ids = await open_work_orders(district, [asdict(s) for s in crew]) if crew else []
    letters = [s.meter for s in suspects if LeakModel.band(s.score) == "letter"]
    return {"work_orders": ids, "letters": letters, "watch": len(suspects) - len(crew) - len(letters)}
