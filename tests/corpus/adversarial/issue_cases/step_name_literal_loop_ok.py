# SDK: wmill 1.850.0 client.py _alloc_key: the same literal name in a loop gets fetch_page, fetch_page_2, ... in the same order on every replay.
import httpx
from wmill import step, task, workflow


@task()
async def store_page(items: list[dict]) -> int:
    return len(items)


@workflow
async def main(endpoint: str, pages: int = 5):
    stored = 0
    for n in range(1, pages + 1):
        items = await step("fetch_page", lambda: httpx.get(endpoint, params={"page": n}).json())
        stored += await store_page(items)
    return {"stored": stored}
