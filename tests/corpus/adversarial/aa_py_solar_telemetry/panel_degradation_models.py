# SDK: wmill 1.850.0 task results cross json.dumps(default=str): pydantic models inside a list and date values inside dicts arrive as strings
from datetime import date, timedelta

from pydantic import BaseModel
from wmill import task, step, workflow


class StringYield(BaseModel):
    string_id: str
    kwh: float
    expected_kwh: float

    @property
    def ratio(self) -> float:
        return self.kwh / self.expected_kwh if self.expected_kwh else 0.0


@task()
async def daily_yields(site: str, day: str) -> list[StringYield]:
    import httpx

    rows = httpx.get(f"https://historian.sunfield.example/{site}/yield", params={"day": day}).json()
    return [StringYield(string_id=r["id"], kwh=r["kwh"], expected_kwh=r["expected"]) for r in rows]  # expect: WAC107


@task()
async def cleaning_window(site: str) -> dict:
    import httpx

    crew = httpx.get(f"https://om.sunfield.example/{site}/crews/next").json()
    start = date.fromisoformat(crew["available_from"])
    return {"crew": crew["name"], "start": start, "end": start + timedelta(days=2)}  # expect: WAC107


@task()
async def schedule_cleaning(site: str, strings: list[str], start: str) -> str:
    import httpx

    r = httpx.post(f"https://om.sunfield.example/{site}/workorders", json={"strings": strings, "start": start})
    return r.json()["id"]


@workflow
async def main(site: str, day: str, min_ratio: float = 0.85):
    yields = await daily_yields(site, day)
    soiled = [y.string_id for y in yields if y.ratio < min_ratio]
    if not soiled:
        return {"site": site, "soiled": []}
    window = await cleaning_window(site)
    wo = await schedule_cleaning(site, soiled, window["start"].isoformat())
    return {"site": site, "soiled": soiled, "work_order": wo}
