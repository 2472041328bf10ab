# SDK: wmill 1.850.0 client.py: the body re-runs each round; an `async with` client in the body sends its request again on every replay.
import httpx
from wmill import task, workflow


@task()
async def compute_quota(team: str) -> int:
    return 100


@workflow
async def main(team: str, api: str):
    quota = await compute_quota(team)
    async with httpx.AsyncClient(base_url=api, timeout=10) as client:
        await client.put(f"/teams/{team}/quota", json={"quota": quota})  # expect: WAC101
    return {"team": team, "quota": quota}
