# SDK: wmill 1.850.0 client.py: the body re-runs every round; supabase `table(...).insert(...).execute()` inserts a row each round.
from supabase import create_client

from wmill import task, workflow

sb = create_client("https://xyz.supabase.co", "anon-key")


@task()
async def score(user_id: str) -> int:
    return 42


@workflow
async def main(user_id: str):
    value = await score(user_id)
    sb.table("scores").insert({"user_id": user_id, "score": value}).execute()  # expect: WAC101
    return value
