# SDK: wmill 1.850.0 client.py _execute_directly: an async task returning a list built from a local generator returns a JSON list.
from wmill import task, workflow


def chunks(ids: list[str], size: int):
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


@task()
async def chunk_ids(ids: list[str], size: int = 50) -> list[list[str]]:
    return list(chunks(ids, size))


@workflow
async def main(ids: list[str]):
    batches = await chunk_ids(ids)
    return len(batches)
