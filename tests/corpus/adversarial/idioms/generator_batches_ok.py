# SDK: wmill 1.850.0 client.py: tasks called in a loop get keys by call order (`_alloc_key`), identical on every replay; the batching generator only slices the input list.
from collections.abc import Iterator

from wmill import task, workflow


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@task()
async def enrich_batch(emails: list[str]) -> int:
    return len(emails)


@workflow
async def main(emails: list[str], batch_size: int = 50):
    total = 0
    for chunk in batches(emails, batch_size):
        total += await enrich_batch(chunk)
    return {"enriched": total}
