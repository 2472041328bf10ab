# SDK: wmill 1.850.0 client.py: each round imports the script again, so `Run.id = uuid.uuid4().hex` in the class body is a new id every round; the two tasks are given different ids.
import uuid

from wmill import task, workflow


class Run:
    id = uuid.uuid4().hex


@task()
async def reserve(run_id: str, seats: int) -> str:
    return f"{run_id}:{seats}"


@task()
async def confirm(run_id: str) -> str:
    return run_id


@workflow
async def main(seats: int):
    await reserve(Run.id, seats)  # expect: WAC102
    return await confirm(Run.id)
