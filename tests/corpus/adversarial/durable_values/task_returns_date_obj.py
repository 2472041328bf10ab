# SDK: wmill 1.850.0 client.py task() docstring: a datetime (or date) result comes back as a string; date.today() returned from a task is one.
from datetime import date

from wmill import task, workflow


@task()
async def business_day(country: str):
    return date.today()  # expect: WAC107


@task()
async def run_payroll(day: str) -> bool:
    return True


@workflow
async def main(country: str):
    day = await business_day(country)
    return await run_payroll(str(day))
