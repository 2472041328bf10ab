# SDK: wmill 1.850.0 client.py _execute_directly: a generator function called returns a generator object, which is checkpointed through `default=str` as its repr; the rows are never produced.
from wmill import task, workflow


@task()
def chunk_ids(ids: list[str], size: int = 50):  # expect: WAC004
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


@workflow
async def main(ids: list[str]):
    chunks = await chunk_ids(ids)
    return len(chunks)
