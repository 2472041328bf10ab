# SDK: wmill 1.850.0 client.py workflow(): random.sample in the body (imported by name) picks another sample on each replay.
from random import sample as pick

from wmill import task, workflow


@task()
async def audit(record_id: str) -> bool:
    return True


@workflow
async def main(record_ids: list[str]):
    chosen = pick(record_ids, k=min(5, len(record_ids)))  # expect: WAC102
    results = [await audit(r) for r in chosen]
    return all(results)
