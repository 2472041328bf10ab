# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after each task, so a window computed from date.today() in the body can move between the dispatch and the replay that reads the result.
from datetime import date, timedelta

from wmill import task, workflow


def _today() -> date:
    return date.today()


def reporting_window() -> dict:
    end = _today()
    return {"start": (end - timedelta(days=7)).isoformat(), "end": end.isoformat()}


@task()
async def weekly_totals(start: str, end: str) -> dict:
    return {"start": start, "end": end, "total": 0}


@workflow
async def main():
    window = reporting_window()  # expect: WAC102
    return await weekly_totals(window["start"], window["end"])
