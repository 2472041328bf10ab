# SDK: wmill 1.850.0: asyncio.gather of task coroutines in a list order; time.monotonic only in a task; Decimal values are str before they leave the task; a frozenset of ints is iterated (ints hash to themselves)
import asyncio
from decimal import Decimal

from wmill import task, workflow

WATCH_HOURS = frozenset({4, 8, 12})
MIN_REST = Decimal("10")


@task()
async def rest_hours(crew_id: str, week: str) -> dict:
    import time

    import psycopg

    t0 = time.monotonic()
    with psycopg.connect("postgresql://roster@db.example-ferry.io/crew") as conn:
        rows = conn.execute(
            "select day, rest_hours from rest where crew_id = %s and week = %s order by day",
            (crew_id, week),
        ).fetchall()
    short = [str(d) for d, h in rows if Decimal(h) < MIN_REST]
    return {"crew": crew_id, "short_days": short, "min": str(min((Decimal(h) for _, h in rows), default=MIN_REST)), "ms": int((time.monotonic() - t0) * 1000)}


@task()
async def file_breach(crew_id: str, days: list[str]) -> str:
    import requests

    r = requests.post("https://safety.example-ferry.io/breaches", json={"crew": crew_id, "days": days}, timeout=15)
    r.raise_for_status()
    return r.json()["case"]


@task()
async def watch_roster(hours: int, week: str) -> int:
    import requests

    r = requests.get(f"https://roster.example-ferry.io/watches/{hours}", params={"week": week}, timeout=15)
    return len(r.json())


@workflow
async def main(crew_ids: list[str], week: str):
    reports = await asyncio.gather(*[rest_hours(c, week) for c in crew_ids])
    cases = []
    for rep in reports:
        if rep["short_days"]:
            cases.append(await file_breach(rep["crew"], rep["short_days"]))
    watches = {}
    for h in WATCH_HOURS:
        watches[str(h)] = await watch_roster(h, week)
    return {"cases": cases, "watches": watches, "lowest": min((Decimal(r["min"]) for r in reports), default=MIN_REST).to_eng_string()}
