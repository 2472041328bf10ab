# SDK: wmill 1.850.0 client.py: the body replays from the top in a new process; `uuid6.uuid7()` (the backport of Python 3.14's `uuid.uuid7`) is time-ordered and random, a new id each round, and it reaches the task.
import uuid6
from wmill import task, workflow


@task()
async def open_case(case_id: str, title: str) -> str:
    return case_id


@workflow
async def main(title: str):
    case_id = str(uuid6.uuid7())  # expect: WAC102
    return await open_case(case_id, title)
