# SDK: wmill 1.850.0 client.py — max() keeps the first of the items whose keys tie, in the set's salted-hash order; the pick is a task argument
from wmill import task, workflow


@task()
async def promote_canary(cluster: str, image: str) -> str:
    import httpx

    return httpx.post(f"https://k8s.example.com/clusters/{cluster}/canary", json={"image": image}).json()["rollout"]


@workflow
async def main(clusters: list[str], image: str):
    healthy = {c for c in clusters if not c.endswith("-drain")}
    canary = max(healthy, key=len)  # expect: WAC105
    return {"canary": canary, "rollout": await promote_canary(canary, image)}
