# SDK: wmill 1.850.0 @workflow: datetime.strptime / fromtimestamp(tz=...) of task values (pure), Counter over a task's list dispatched in most_common() order (list order, not a set's), a clock read only in a task's default branch
from collections import Counter
from datetime import datetime, timezone

import httpx
from wmill import task, workflow

ILS = "https://ils.library.example/api/v3"
DAILY_FINE_CENTS = {"book": 25, "dvd": 100, "hotspot": 500}
CAP_CENTS = 1000


@task()
async def overdue_items(branch: str, as_of: str | None = None) -> list[dict]:
    as_of = as_of or datetime.now(timezone.utc).strftime("%Y-%m-%d")
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.get(f"{ILS}/branches/{branch}/overdue", params={"as_of": as_of})
        r.raise_for_status()
        return r.json()["items"]


@task()
async def post_fines(patron: str, cents: int, items: list[str]) -> dict:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"{ILS}/patrons/{patron}/fines", json={"amount_cents": cents, "items": items})
        r.raise_for_status()
        return r.json()


@workflow
async def main(branch: str, as_of: str, waive_under_cents: int = 50):
    day = datetime.strptime(as_of, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    items = await overdue_items(branch, as_of)
    per_patron: dict[str, list[dict]] = {}
    for item in items:
        per_patron.setdefault(item["patron"], []).append(item)
    counts = Counter(item["patron"] for item in items)
    posted = []
    for patron, _n in counts.most_common():
        total = 0
        for it in per_patron[patron]:
            due = datetime.fromtimestamp(it["due_epoch"], tz=timezone.utc)
            days = max(0, (day - due).days)
            total += min(CAP_CENTS, days * DAILY_FINE_CENTS.get(it["format"], 25))
        if total < waive_under_cents:
            continue
        posted.append(await post_fines(patron, total, [it["barcode"] for it in per_patron[patron]]))
    return {"patrons": len(counts), "fined": len(posted)}
