# SDK: wmill 1.850.0 task results cross JSON: model_dump(mode="json") and date.isoformat() give the same dicts and strings on every replay
from datetime import date, timedelta

from pydantic import BaseModel
from wmill import task, workflow


class StringYield(BaseModel):
    string_id: str
    kwh: float
    expected_kwh: float


@task()
async def daily_yields(site: str, day: str) -> list[dict]:
    import httpx

    rows = httpx.get(f"https://historian.sunfield.example/{site}/yield", params={"day": day}).json()
    return [StringYield(string_id=r["id"], kwh=r["kwh"], expected_kwh=r["expected"]).model_dump(mode="json") for r in rows]


@task()
async def cleaning_window(site: str) -> dict:
    import httpx

    crew = httpx.get(f"https://om.sunfield.example/{site}/crews/next").json()
    start = date.fromisoformat(crew["available_from"])
    return {"crew": crew["name"], "start": start.isoformat(), "end": (start + timedelta(days=2)).isoformat()}


@task()
async def schedule_cleaning(site: str, strings: list[str], start: str) -> str:
    import httpx

    r = httpx.post(f"https://om.sunfield.example/{site}/workorders", json={"strings": strings, "start": start})
    return r.json()["id"]


@workflow
async def main(site: str, day: str, min_ratio: float = 0.85):
    yields = [StringYield(**y) for y in await daily_yields(site, day)]
    soiled = [y.string_id for y in yields if y.expected_kwh and y.kwh / y.expected_kwh < min_ratio]
    if not soiled:
        return {"site": site, "soiled": []}
    window = await cleaning_window(site)
    wo = await schedule_cleaning(site, soiled, window["start"])
    return {"site": site, "soiled": soiled, "work_order": wo}
