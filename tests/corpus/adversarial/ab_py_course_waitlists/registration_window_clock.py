# SDK: wmill 1.850.0 sleep() suspends and each round re-runs the body: a clock read in the loop test sees another time each round
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from wmill import sleep, task, workflow

CAMPUS_TZ = ZoneInfo("America/Chicago")


@task()
async def open_registration(term: str, cohort: str) -> dict:
    return {"term": term, "cohort": cohort, "open": True}


@task()
async def remind_advisors(term: str, cohort: str) -> int:
    return 12


@workflow
async def main(
    term: str,
    cohort: str = "seniors",
    opens_at: str = "2027-01-10T08:00:00",
    reminder_on: str = (date.today() + timedelta(days=1)).isoformat(),  # expect: WAC102
):
    opening = datetime.fromisoformat(opens_at).replace(tzinfo=CAMPUS_TZ)
    while datetime.now(CAMPUS_TZ) < opening:  # expect: WAC102
        await sleep(3600)

    opened = await open_registration(term, cohort)
    reminded = await remind_advisors(term, reminder_on)
    return {"opened": opened, "reminded": reminded}
