# SDK: wmill 1.850.0 client.py _alloc_key(name) keys steps by name; f"page_{n}" is stable across replays but the guide says not to generate names.
import httpx
from wmill import step, task, workflow


@task()
async def store_page(items: list[dict]) -> int:
    return len(items)


@workflow
async def main(endpoint: str, pages: int = 5):
    stored = 0
    for n in range(1, pages + 1):
        items = await step(f"page_{n}", lambda: httpx.get(endpoint, params={"page": n}).json())  # expect: WAC103
        stored += await store_page(items)
    return {"stored": stored}
