# SDK: wmill 1.850.0 client.py — heapq.nsmallest(n, s, key=len) keeps set order among equal lengths; the tasks it drives get keys warm_cache, warm_cache_2, ... in that order
import heapq

from wmill import task, workflow


@task()
async def warm_cache(prefix: str) -> int:
    import httpx

    return httpx.post("https://cdn.example.com/warm", json={"prefix": prefix}).json()["objects"]


@workflow
async def main(paths: list[str], n: int = 5):
    prefixes = {p.rsplit("/", 1)[0] for p in paths}
    warmed = {}
    for prefix in heapq.nsmallest(n, prefixes, key=len):  # expect: WAC105
        warmed[prefix] = await warm_cache(prefix)
    return warmed
