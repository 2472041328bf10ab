# SDK: wmill 1.850.0 client.py `task`: the request runs inside the task's own job once; the body only replays the checkpointed profile.
import aiohttp
from wmill import task, workflow


@task()
async def fetch_profile(username: str) -> dict:
    async with aiohttp.ClientSession(base_url="https://api.github.com") as session:
        async with session.get(f"/users/{username}") as resp:
            resp.raise_for_status()
            return await resp.json()


@task()
async def score(profile: dict) -> int:
    return len(profile.get("repos", []))


@workflow
async def main(username: str):
    profile = await fetch_profile(username)
    return await score(profile)
