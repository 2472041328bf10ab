# SDK: wmill 1.850.0 client.py _run_inline_step: json.dumps(default=str) raises TypeError on date keys ("keys must be str, ..."), so the step fails instead of checkpointing the calendar.
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
        lambda: {first + timedelta(days=i): [] for i in range(days)},  # expect: WAC107
    )
    return await plan_shifts(calendar)
