# SDK: wmill 1.850.0 client.py: `parallel(items, fn)` dispatches `fn(item)` for `items[i : i + batch]` in order, and `_alloc_key` numbers the task keys by that order; `list(set(...))` of strings changes order with each process's hash seed.
from wmill import parallel, task, workflow


@task()
async def resize(image: str) -> str:
    return image + "@640"


@workflow
async def main(images: list[str]):
    return await parallel(list(set(images)), resize, concurrency=4)  # expect: WAC105
