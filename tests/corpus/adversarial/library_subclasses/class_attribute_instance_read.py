# SDK: wmill 1.850.0 client.py: each round imports the script again, so `Batch.run_id = uuid.uuid4().hex` in the class body is a new id every round; `batch.run_id` of an instance reads that class variable, and the tasks get different ids.
import uuid

from wmill import task, workflow


class Batch:
    run_id = uuid.uuid4().hex
    size = 500

    def label(self, table: str) -> str:
        return f"{table}:{self.size}"


@task()
async def export(run_id: str, label: str) -> str:
    return f"{run_id}:{label}"


@workflow
async def main(tables: list[str]):
    batch = Batch()
    first = batch.run_id  # expect: WAC102
    return [await export(first, batch.label(t)) for t in tables]
