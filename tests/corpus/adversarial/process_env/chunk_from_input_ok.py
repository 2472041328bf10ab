# SDK: wmill 1.850.0 client.py: a chunk size from the inputs (with a constant default) is the same in every round.
from wmill import task, workflow

DEFAULT_CHUNK = 32


@task()
async def embed(docs: list[str], chunk: int) -> int:
    return len(docs)


@workflow
async def main(docs: list[str], chunk: int = DEFAULT_CHUNK):
    return await embed(docs, max(1, min(chunk, 256)))
