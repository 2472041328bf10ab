# SDK: wmill 1.850.0 client.py: the body re-runs every round; the insert is executed in a step, once.
from supabase import create_client

from wmill import step, task, workflow

sb = create_client("https://xyz.supabase.co", "anon-key")


@task()
async def score(user_id: str) -> int:
    return 42


@workflow
async def main(user_id: str):
    value = await score(user_id)
    await step("save", lambda: sb.table("scores").insert({"user_id": user_id, "score": value}).execute().data)
    return value
