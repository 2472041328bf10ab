# SDK: wmill 1.850.0 step() checkpoints its value, so the wait computed from it is the same in every round; sleep() keys by call order
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from wmill import sleep, step, task, workflow

CAMPUS_TZ = ZoneInfo("America/Chicago")


@task()
async def open_registration(term: str, cohort: str) -> dict:
    return {"term": term, "cohort": cohort, "open": True}


@task()
async def remind_advisors(term: str, day: str) -> int:
    return 12


@workflow
async def main(term: str, cohort: str = "seniors", opens_at: str = "2027-01-10T08:00:00", reminder_on: str = ""):
    opening = datetime.fromisoformat(opens_at).replace(tzinfo=CAMPUS_TZ)
    now_iso = await step("now", lambda: datetime.now(timezone.utc).isoformat())
    wait_s = (opening - datetime.fromisoformat(now_iso)).total_seconds()

    # sleep in whole hours, at most a week, counted from the checkpointed instant
    remaining = min(max(0, int(wait_s)), 7 * 24 * 3600)
    while remaining > 0:
        chunk = min(remaining, 3600)
        await sleep(chunk)
        remaining -= chunk

    if not reminder_on:
        reminder_on = (datetime.fromisoformat(now_iso) + timedelta(days=1)).date().isoformat()
    opened = await open_registration(term, cohort)
    reminded = await remind_advisors(term, reminder_on)
    return {"opened": opened, "reminded": reminded}
