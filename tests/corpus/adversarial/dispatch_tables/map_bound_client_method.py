# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `map(http.get, urls)` calls the client's `get` on each URL as `list` drains it, every round.
import httpx
from wmill import task, workflow


@task()
async def pages_of(site: str) -> list[str]:
    return [f"https://{site}/a", f"https://{site}/b"]


@task()
async def index(site: str, sizes: list[int]) -> int:
    return sum(sizes)


@workflow
async def main(site: str):
    urls = await pages_of(site)
    http = httpx.Client(timeout=10)
    responses = list(map(http.get, urls))  # expect: WAC101
    return await index(site, [len(r.content) for r in responses])
