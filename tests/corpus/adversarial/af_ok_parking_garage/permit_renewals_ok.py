# SDK: wmill 1.850.0 parallel() with a task of the file over permits sorted by id, TaskError caught per permit inside a task-calling helper that the body awaits (TaskError is an Exception, the suspension is not); the renewal date is an input
from datetime import date, timedelta

import httpx
from wmill import TaskError, parallel, task, workflow

PERMITS_API = "https://permits.citypark.example/v2"


@task(timeout=120)
async def renew(permit_id: str, new_expiry: str) -> dict:
    async with httpx.AsyncClient(base_url=PERMITS_API, timeout=20) as c:
        r = await c.post(f"/permits/{permit_id}/renew", json={"expires": new_expiry})
        r.raise_for_status()
        return r.json()


@task()
async def list_expiring(before: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=PERMITS_API, timeout=20) as c:
        r = await c.get("/permits", params={"expires_before": before, "auto_renew": "true"})
        r.raise_for_status()
        return r.json()


async def renew_one(permit: dict) -> dict:
    try:
        result = await renew(permit["id"], permit["new_expiry"])
        return {"id": permit["id"], "ok": True, "invoice": result.get("invoice")}
    except TaskError as err:
        return {"id": permit["id"], "ok": False, "error": str(err)}


@workflow
async def main(as_of: str, term_days: int = 365):
    cutoff = date.fromisoformat(as_of) + timedelta(days=30)
    expiring = await list_expiring(cutoff.isoformat())
    batch = [
        {"id": p["id"], "new_expiry": (date.fromisoformat(p["expires"]) + timedelta(days=term_days)).isoformat()}
        for p in sorted(expiring, key=lambda p: p["id"])
    ]
    outcomes = await parallel(batch, renew_one, concurrency=5)
    return {
        "renewed": [o["id"] for o in outcomes if o["ok"]],
        "failed": {o["id"]: o["error"] for o in outcomes if not o["ok"]},
    }
