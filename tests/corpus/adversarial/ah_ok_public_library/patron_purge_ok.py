# SDK: wmill 1.850.0 a workflow whose tasks read the clock and uuid (each runs once as its own job); the body works on the tasks' string results only; a class whose methods are pure is built in the body; `except TaskError` logs and continues
import uuid
from datetime import datetime, timezone

from wmill import TaskError, task, workflow


class RetentionRules:
    def __init__(self, years_inactive: int, keep_if_fines: bool):
        self.years = years_inactive
        self.keep_if_fines = keep_if_fines

    def purgeable(self, patron: dict, today_iso: str) -> bool:
        last = patron["last_activity"][:4]
        if self.keep_if_fines and patron.get("balance_cents", 0) > 0:
            return False
        return int(today_iso[:4]) - int(last) >= self.years


@task()
async def today_utc() -> str:
    return datetime.now(timezone.utc).date().isoformat()


@task()
async def inactive_patrons(since_year: int) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=120) as c:
        r = await c.get("https://ils.library.example/api/v3/patrons/inactive", params={"since": since_year})
        return r.json()


@task()
async def anonymize(patron_id: str) -> dict:
    import httpx

    tombstone = uuid.uuid4().hex
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"https://ils.library.example/api/v3/patrons/{patron_id}/anonymize", json={"tombstone": tombstone})
        r.raise_for_status()
        return {"patron": patron_id, "tombstone": tombstone}


@workflow
async def main(years_inactive: int = 3, keep_if_fines: bool = True, limit: int = 500):
    today = await today_utc()
    rules = RetentionRules(years_inactive, keep_if_fines)
    candidates = await inactive_patrons(int(today[:4]) - years_inactive)
    done, errors = [], []
    for patron in [p for p in candidates if rules.purgeable(p, today)][:limit]:
        try:
            done.append(await anonymize(patron["id"]))
        except TaskError as err:
            errors.append({"patron": patron["id"], "error": str(err)})
    return {"as_of": today, "anonymized": len(done), "errors": errors}
