# SDK: wmill 1.850.0 client.py: the body re-runs from the top after each task; the aiohttp GET made inside `async with` in the body is sent again on every replay.
import aiohttp
from wmill import task, workflow


@task()
async def score(profile: dict) -> int:
    return len(profile.get("repos", []))


@workflow
async def main(username: str):
    async with aiohttp.ClientSession(base_url="https://api.github.com") as session:
        async with session.get(f"/users/{username}") as resp:  # expect: WAC101
            profile = await resp.json()
    return await score(profile)
