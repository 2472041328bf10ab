# SDK: wmill 1.850.0 client.py: pendulum's clock is read inside the task and formatted to a str there; the body reads only that str.
import pendulum
from wmill import task, workflow


@task()
async def business_day(tz: str) -> str:
    now = pendulum.now(tz)
    while now.day_of_week in (pendulum.SATURDAY, pendulum.SUNDAY):
        now = now.add(days=1)
    return now.to_date_string()


@task()
async def schedule(run_on: str) -> str:
    return f"scheduled {run_on}"


@workflow
async def main(tz: str = "Europe/Paris"):
    return await schedule(await business_day(tz))
