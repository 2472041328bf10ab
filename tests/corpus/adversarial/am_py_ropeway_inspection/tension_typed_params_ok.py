# SDK: wmill 1.850.0 client.py: a task's arguments and result cross JSON: the pydantic model is passed as `model_dump()` and rebuilt with `model_validate`, the `StrEnum` value is a `str`, and the tasks return plain dicts; nothing in the body reads the clock or does I/O
"""Adjust the counterweight tension of a line after the seasonal survey. Typed the way
the team types everything: pydantic models for inputs, `Literal`s, `Annotated`
parameters and a `TypedDict` for the database resource."""

from enum import StrEnum
from typing import Annotated, Literal, TypedDict

import httpx
import wmill
from pydantic import BaseModel, Field

from wmill import task, workflow


class Mode(StrEnum):
    SUMMER = "summer"
    WINTER = "winter"


class Postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str


class SurveyPoint(BaseModel):
    tower: str
    sag_m: Annotated[float, Field(ge=0)]
    temperature_c: float


class TensionPlan(BaseModel):
    line: str
    mode: Mode
    delta_kn: float
    points: list[SurveyPoint] = Field(default_factory=list)


@task(timeout=600)
async def compute_plan(line: str, mode: str, points: list[dict]) -> dict:
    pts = [SurveyPoint.model_validate(p) for p in points]
    mean_sag = sum(p.sag_m for p in pts) / max(len(pts), 1)
    plan = TensionPlan(line=line, mode=Mode(mode), delta_kn=round((mean_sag - 4.2) * 11.5, 1), points=pts)
    return plan.model_dump(mode="json")


@task(timeout=900)
async def apply_tension(db: Postgresql, plan: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://scada.ropeway.example") as client:
        r = await client.post(f"/lines/{plan['line']}/tension", json={"delta_kn": plan["delta_kn"], "db": db["dbname"]})
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def reports_db() -> dict:
    return dict(wmill.get_resource("f/ropeway/reports_db"))


@workflow
async def main(
    line: str,
    points: list[SurveyPoint],
    mode: Literal["summer", "winter"] = "summer",
    max_delta_kn: Annotated[float, "largest adjustment allowed without a second survey"] = 25.0,
):
    plan = TensionPlan.model_validate(await compute_plan(line, mode, [p.model_dump() if isinstance(p, SurveyPoint) else p for p in points]))
    if abs(plan.delta_kn) > max_delta_kn:
        return {"line": line, "applied": False, "delta_kn": plan.delta_kn}
    db = await reports_db()
    return {"line": line, "applied": True, "result": await apply_tension(db, plan.model_dump(mode="json"))}
