# SDK: wmill 1.850.0 client.py: .astimezone() / .replace() of a datetime is still a datetime, which the step's JSON round trip turns into a str; .hour then fails in the body.
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import step, task, workflow


@task()
async def send_digest(user_id: str, hour: int) -> str:
    return f"{user_id}@{hour}"


@workflow
async def main(user_id: str, signup_at: str, tz: str):
    local = await step("local_signup", lambda: datetime.fromisoformat(signup_at).astimezone(ZoneInfo(tz)).replace(minute=0))  # expect: WAC107
    return await send_digest(user_id, local.hour)
