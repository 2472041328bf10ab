# SDK: wmill 1.850.0; pure helpers (string ops) give the same value on every replay.
from wmill import task, workflow

from f.lib.text import chunk, slugify


@task()
async def open_batch(slugs: list[str]) -> int:
    return len(slugs)


@workflow
async def main(titles: list[str]):
    slugs = [slugify(t) for t in titles]
    sizes = []
    for batch in chunk(slugs, 20):
        sizes.append(await open_batch(batch))
    return sum(sizes)
