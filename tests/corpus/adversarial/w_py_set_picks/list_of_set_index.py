# SDK: wmill 1.850.0 client.py — list(set_of_str)[0] depends on the per-process hash seed; the chosen leader is sent to a task, whose checkpointed result then belongs to another leader on replay
from wmill import task, workflow


@task()
async def elect(leader: str, shard: str) -> dict:
    import httpx

    return httpx.post(f"https://coord.example.com/shards/{shard}/leader", json={"node": leader}).json()


@workflow
async def main(shard: str, candidates: list[str]):
    pool = set(candidates) - {"", "unknown"}
    if not pool:
        return {"leader": None}
    leader = list(pool)[0]  # expect: WAC105
    return await elect(leader, shard)
