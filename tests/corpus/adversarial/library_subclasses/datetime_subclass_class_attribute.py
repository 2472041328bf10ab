# SDK: wmill 1.850.0 client.py: each round imports the script again; `Stamp.boot = Stamp.utcnow()` in the class body of a `datetime` subclass is a new clock read each round, and the body hands it to the task.
from datetime import datetime

from wmill import task, workflow


class Stamp(datetime):
    boot = datetime.utcnow().isoformat()


@task()
async def report(since: str) -> str:
    return since


@workflow
async def main():
    return await report(Stamp.boot)  # expect: WAC102
