# SDK: wmill 1.850.0 client.py `step`: the lambda's default binds the loop variable's current value (a string); the request runs inside the step, once, and is replayed from the checkpoint.
import requests
from wmill import step, task, workflow


@task()
async def store_profiles(profiles: list[dict]) -> int:
    return len(profiles)


@workflow
async def main(user_ids: list[str], api: str = "https://crm.example.com"):
    profiles = []
    for uid in user_ids:
        profiles.append(await step("crm_profile", lambda uid=uid: requests.get(f"{api}/users/{uid}", timeout=10).json()))
    stored = await store_profiles(profiles)
    return {"stored": stored}
