# SDK: wmill 1.850.0 datetime.fromisoformat of inputs and timedelta arithmetic are deterministic; ISO strings cross the task boundary; sleep() takes the seconds between two input dates
import logging
from datetime import datetime, timedelta
from typing import Optional

import httpx
from wmill import sleep, task, workflow

log = logging.getLogger("deadlines")

RESPONSE_DAYS = {"motion": 14, "complaint": 21, "appeal": 30}
COURT_HOLIDAYS = frozenset({"2026-12-25", "2027-01-01"})


def next_business_day(d: datetime) -> datetime:
    while d.weekday() >= 5 or d.date().isoformat() in COURT_HOLIDAYS:
        d += timedelta(days=1)
    return d


def deadline_for(kind: str, served_at: str) -> datetime:
    served = datetime.fromisoformat(served_at)
    return next_business_day(served + timedelta(days=RESPONSE_DAYS[kind]))


@task()
async def docket_deadline(case_no: str, kind: str, due: str) -> dict:
    async with httpx.AsyncClient(base_url="https://docket.lawfirm.example") as c:
        r = await c.post(f"/cases/{case_no}/deadlines", json={"kind": kind, "due": due})
        r.raise_for_status()
        return r.json()


@task()
async def remind_attorney(attorney: str, case_no: str, due: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://notify.lawfirm.example/remind", json={"to": attorney, "case": case_no, "due": due})


@workflow
async def main(
    case_no: str,
    kind: str,
    served_at: str,
    attorney: str,
    remind_days_before: int = 3,
    reference_time: Optional[str] = None,
):
    due = deadline_for(kind, served_at)
    entry = await docket_deadline(case_no, kind, due.isoformat())
    log.info("docketed %s for %s", entry.get("id"), due.date())
    if reference_time:
        remind_at = due - timedelta(days=remind_days_before)
        wait = int((remind_at - datetime.fromisoformat(reference_time)).total_seconds())
        if wait > 0:
            await sleep(wait)
    await remind_attorney(attorney, case_no, due.isoformat())
    return {"case": case_no, "due": due.isoformat(), "entry": entry}
