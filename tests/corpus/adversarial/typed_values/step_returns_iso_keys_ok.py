# SDK: wmill 1.850.0 client.py _run_inline_step: ISO date strings as keys are JSON object keys; the calendar comes back equal.
from datetime import date, timedelta

from wmill import step, task, workflow


@task()
async def plan_shifts(calendar: dict) -> int:
    return len(calendar)


@workflow
async def main(start: str, days: int = 7):
    first = date.fromisoformat(start)
    calendar = await step(
        "calendar",
        lambda: {(first + timedelta(days=i)).isoformat(): [] for i in range(days)},
    )
    return await plan_shifts(calendar)
