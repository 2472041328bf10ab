# SDK: wmill 1.850.0: sleep() suspends without holding a worker; the visit date arithmetic uses only inputs
from datetime import date, timedelta

from wmill import sleep, step, task, workflow

VISIT_EVERY_DAYS = {"high": 14, "medium": 28, "low": 56}


@task()
async def open_visit(site: str, due: str) -> str:
    import requests

    r = requests.post("https://ctms.example-cro.org/visits", json={"site": site, "due": due}, timeout=30)
    r.raise_for_status()
    return r.json()["visit_id"]


@task()
async def visit_status(visit_id: str) -> str:
    import requests

    return requests.get(f"https://ctms.example-cro.org/visits/{visit_id}", timeout=30).json()["status"]


def next_due(last_visit: date, risk: str) -> date:
    due = last_visit + timedelta(days=VISIT_EVERY_DAYS[risk])
    while due.weekday() >= 5:
        due += timedelta(days=1)
    return due


@workflow
async def main(site: str, last_visit: str, risk: str = "medium", poll_hours: int = 24, max_polls: int = 30):
    due = next_due(date.fromisoformat(last_visit), risk)
    visit_id = await open_visit(site, due.isoformat())
    status = "open"
    for _ in range(max_polls):
        status = await visit_status(visit_id)
        if status in {"closed", "cancelled"}:
            break
        await sleep(poll_hours * 3600)
    closed_seen_at = await step("closed_seen_at", lambda: date.today().isoformat())
    return {"visit_id": visit_id, "due": due.isoformat(), "status": status, "checked_on": closed_seen_at}
