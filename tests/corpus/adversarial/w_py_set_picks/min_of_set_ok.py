# SDK: wmill 1.850.0 client.py — min() / sorted() of a set of str are total orders: the same leader in every process
from wmill import task, workflow


@task()
async def elect(leader: str, shard: str) -> dict:
    import httpx

    return httpx.post(f"https://coord.example.com/shards/{shard}/leader", json={"node": leader}).json()


@task()
async def notify_followers(shard: str, leader: str, followers: list[str]) -> int:
    import httpx

    return httpx.post(f"https://coord.example.com/shards/{shard}/followers", json={"leader": leader, "nodes": followers}).json()["acked"]


@workflow
async def main(shard: str, candidates: list[str]):
    pool = set(candidates) - {"", "unknown"}
    if not pool:
        return {"leader": None}
    leader = min(pool)
    followers = sorted(pool)[1:]
    result = await elect(leader, shard)
    acked = await notify_followers(shard, leader, followers)
    return {**result, "acked": acked, "pool_size": len(pool)}
