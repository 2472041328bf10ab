# SDK: wmill 1.850.0 client.py: `_run_workflow_async` calls `func(**input_args)` each round, and each round imports the script again, evaluating `main`'s defaults anew: a run started without `day` gets another day each round.
from datetime import date

from wmill import task, workflow


@task()
async def extract(day: str) -> int:
    return len(day)


@task()
async def load(day: str, rows: int) -> str:
    return f"{day}:{rows}"


@workflow
async def main(day: str = date.today().isoformat()):  # expect: WAC102
    rows = await extract(day)
    return await load(day, rows)
