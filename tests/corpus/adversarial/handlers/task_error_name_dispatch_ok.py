# SDK: wmill 1.850.0 client.py TaskError.result = {"error": {"name", "message", ...}}: the task's own exception class is read from the name.
from wmill import TaskError, task, workflow


@task()
async def fetch_profile(user_id: str) -> dict:
    return {"id": user_id}


@workflow
async def main(user_id: str):
    try:
        profile = await fetch_profile(user_id)
    except TaskError as err:
        if (err.result or {}).get("error", {}).get("name") != "HTTPStatusError":
            raise
        profile = {"id": user_id, "missing": True}
    return profile
