# SDK: wmill 1.850.0 client.py step(): fn is called once and its result checkpointed; the helper handed over by reference reads the clock only inside the step.
from datetime import date, timedelta

from wmill import step, task, workflow


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
    window = await step("reporting_window", reporting_window)
    return await weekly_totals(window["start"], window["end"])
