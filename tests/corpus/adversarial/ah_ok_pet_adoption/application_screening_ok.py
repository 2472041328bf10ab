# SDK: wmill 1.850.0 step callbacks that build and fill their own local list / dict (nothing of the workflow changes), pydantic models validated from task results in the body and dumped before they reach a task, an Enum's .value passed to a task
from enum import Enum

from pydantic import BaseModel
from wmill import step, task, workflow


class Verdict(str, Enum):
    APPROVE = "approve"
    HOME_VISIT = "home_visit"
    DECLINE = "decline"


class Application(BaseModel):
    id: str
    applicant: str
    housing: str
    landlord_ok: bool | None = None
    other_pets: int = 0
    yard: bool = False


@task()
async def load_applications(shelter: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://adopt.shelter.example/{shelter}/applications", params={"status": "new"})
        return r.json()


@task()
async def record_verdict(application: dict, verdict: str, reasons: list[str]) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"https://adopt.shelter.example/applications/{application['id']}/verdict", json={"verdict": verdict, "reasons": reasons})
        return {"id": application["id"], "ok": r.is_success}


def screen(app: Application) -> tuple[Verdict, list[str]]:
    reasons = []
    if app.housing == "rent" and app.landlord_ok is not True:
        reasons.append("landlord permission missing")
    if app.other_pets > 3:
        reasons.append("more than three pets at home")
    if not reasons:
        return Verdict.APPROVE, reasons
    return (Verdict.DECLINE if len(reasons) > 1 else Verdict.HOME_VISIT), reasons


@workflow
async def main(shelter: str, dog_id: str):
    apps = [Application.model_validate(a) for a in await load_applications(shelter)]

    def ranking() -> list[str]:
        order = []
        for a in sorted(apps, key=lambda a: (not a.yard, a.other_pets)):
            order.append(a.id)
        return order

    def tally() -> dict[str, int]:
        counts: dict[str, int] = {}
        for a in apps:
            counts[a.housing] = counts.get(a.housing, 0) + 1
        return counts

    order = await step("ranking", ranking)
    housing = await step("housing_tally", tally)
    by_id = {a.id: a for a in apps}
    results = []
    for app_id in order:
        verdict, reasons = screen(by_id[app_id])
        results.append(await record_verdict(by_id[app_id].model_dump(), verdict.value, reasons))
    return {"dog": dog_id, "screened": len(results), "housing": housing}
