# SDK: wmill 1.850.0 a workflow that validates its result with pydantic right after the checkpoint, branches on it, and waits for a medical waiver approval with a literal key; `except Exception` around a task is safe in Python (the suspension is a BaseException)
from typing import Literal

import httpx
from pydantic import BaseModel
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

REG_API = "https://reg.velo-club.example/api"


class Rider(BaseModel):
    licence: str
    name: str
    category: Literal["A", "B", "C", "junior", "masters"]
    age: int
    medical_on_file: bool = False


@task()
async def lookup_rider(licence: str) -> dict:
    async with httpx.AsyncClient(base_url=REG_API, timeout=20) as c:
        r = await c.get(f"/riders/{licence}")
        r.raise_for_status()
        return r.json()


@task()
async def request_waiver(licence: str, email: str, url: str) -> None:
    async with httpx.AsyncClient(base_url=REG_API, timeout=20) as c:
        await c.post("/waivers/request", json={"licence": licence, "email": email, "approve_url": url})


@task()
async def register(race_id: str, licence: str, category: str) -> dict:
    async with httpx.AsyncClient(base_url=REG_API, timeout=20) as c:
        r = await c.post(f"/races/{race_id}/entries", json={"licence": licence, "category": category})
        r.raise_for_status()
        return r.json()


@task()
async def add_to_waitlist(race_id: str, licence: str) -> int:
    async with httpx.AsyncClient(base_url=REG_API, timeout=20) as c:
        r = await c.post(f"/races/{race_id}/waitlist", json={"licence": licence})
        return r.json().get("position", -1)


@workflow
async def main(race_id: str, licence: str, guardian_email: str = ""):
    rider = Rider.model_validate(await lookup_rider(licence))
    if rider.age < 18 and not rider.medical_on_file:
        if not guardian_email:
            return {"registered": False, "reason": "junior without guardian contact"}
        urls = await step("waiver_urls", lambda: get_resume_urls())
        await request_waiver(rider.licence, guardian_email, urls["approvalPage"])
        waiver = await wait_for_approval(timeout=5 * 86400)
        if not waiver["approved"]:
            return {"registered": False, "reason": "waiver declined"}

    try:
        entry = await register(race_id, rider.licence, rider.category)
    except Exception as err:  # full field: the task failed, put the rider on the waitlist
        position = await add_to_waitlist(race_id, rider.licence)
        return {"registered": False, "waitlist": position, "error": str(err)}
    return {"registered": True, "bib": entry.get("bib"), "category": rider.category}
