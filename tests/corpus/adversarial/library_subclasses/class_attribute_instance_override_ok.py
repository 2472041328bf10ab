# SDK: wmill 1.850.0 client.py: each round imports the script again; `Batch.run_id` is drawn at load, but every instance sets its own `self.run_id` from the workflow's input in `__init__`, so `batch.run_id` is the same every replay.
import uuid

from wmill import task, workflow


class Batch:
    run_id = uuid.uuid4().hex

    def __init__(self, run_id: str):
        self.run_id = run_id


@task()
async def export(run_id: str, table: str) -> str:
    return f"{run_id}:{table}"


@workflow
async def main(tables: list[str], run_id: str):
    batch = Batch(run_id)
    return [await export(batch.run_id, t) for t in tables]
