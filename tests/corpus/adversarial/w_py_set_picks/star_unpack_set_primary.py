# SDK: wmill 1.850.0 client.py — the picked region is a task argument; unpacking a set of str takes its first element in salted-hash order, so another replay may promote a different region
from wmill import task, workflow


@task()
async def promote(region: str, cluster: str) -> str:
    import httpx

    return httpx.post(f"https://db.example.com/clusters/{cluster}/promote", json={"region": region}).json()["writer"]


@task()
async def add_replica(region: str, cluster: str, writer: str) -> str:
    import httpx

    return httpx.post(
        f"https://db.example.com/clusters/{cluster}/replicas", json={"region": region, "source": writer}
    ).json()["id"]


@workflow
async def main(cluster: str, nodes: list[dict]):
    primary, *replicas = {n["region"] for n in nodes if n.get("healthy")}  # expect: WAC105
    writer = await promote(primary, cluster)
    added = [await add_replica(r, cluster, writer) for r in sorted(replicas)]
    return {"writer": writer, "replicas": added}
