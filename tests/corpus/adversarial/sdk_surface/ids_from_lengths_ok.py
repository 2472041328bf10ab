# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; a set of `len(...)` values holds ints, which iterate by value in every process, and a dict from a sorted list keeps that order.
from wmill import task, workflow


@task()
async def bucket(size: int) -> int:
    return size


@workflow
async def main(words: list[str]):
    sizes = {len(w) for w in words}
    done = [await bucket(s) for s in sizes]
    order = dict.fromkeys(sorted(set(words)))
    return done + [await bucket(len(w)) for w in order]
