# SDK: wmill 1.850.0 client.py _task_error_from_marker: a failed task always surfaces as TaskError in the workflow; the task's own httpx.HTTPStatusError survives only as e.result["error"]["name"].
import httpx
from wmill import task, workflow


@task()
async def fetch_profile(user_id: str) -> dict:
    resp = httpx.get(f"https://crm.example.com/users/{user_id}")
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(user_id: str):
    try:
        profile = await fetch_profile(user_id)
    except httpx.HTTPStatusError:  # expect: WAC204
        profile = {"id": user_id, "missing": True}
    return profile
