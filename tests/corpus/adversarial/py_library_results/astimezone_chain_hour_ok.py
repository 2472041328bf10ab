# SDK: wmill 1.850.0 client.py: the step returns the hour (an int), which survives the JSON round trip.
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import step, task, workflow


@task()
async def send_digest(user_id: str, hour: int) -> str:
    return f"{user_id}@{hour}"


@workflow
async def main(user_id: str, signup_at: str, tz: str):
    hour = await step("local_hour", lambda: datetime.fromisoformat(signup_at).astimezone(ZoneInfo(tz)).hour)
    return await send_digest(user_id, hour)
