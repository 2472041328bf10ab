# SDK: wmill 1.850.0 a @task's result is replayed from its checkpoint; the helper reads the clock only when `start` is None, and the body passes the result of a task declared `-> str` or an `.isoformat()` of an input date
from datetime import date, datetime, timedelta

from wmill import task, workflow

ROSTER_API = "https://roster.hospital.internal/api"


def shift_key(ward: str, start: str | None = None) -> str:
    if start is None:
        start = datetime.now().isoformat(timespec="minutes")
    return f"{ward}@{start}"


@task()
async def next_open_shift(ward: str) -> str:
    import httpx

    r = httpx.get(f"{ROSTER_API}/wards/{ward}/open-shifts", params={"limit": 1})
    r.raise_for_status()
    return r.json()["shifts"][0]["start"]


@task()
async def assign_nurse(key: str, nurse_id: str) -> dict:
    import httpx

    r = httpx.post(f"{ROSTER_API}/assignments", json={"shift": key, "nurse": nurse_id})
    r.raise_for_status()
    return r.json()


@workflow
async def main(ward: str, nurses: list[str], week_of: str):
    monday = date.fromisoformat(week_of)
    assigned = []
    for offset, nurse in enumerate(nurses):
        if offset % 2 == 0:
            start = await next_open_shift(ward)
            key = shift_key(ward, start)
        else:
            key = shift_key(ward, (monday + timedelta(days=offset)).isoformat())
        assigned.append(await assign_nurse(key, nurse))
    return {"ward": ward, "assigned": [a["id"] for a in assigned]}
