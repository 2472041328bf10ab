# SDK: wmill 1.850.0 client.py: naturaldelta of the difference between two checkpointed datetimes reads no clock.
from datetime import datetime

import humanize
from wmill import step, task, workflow


@task()
async def last_login(user_id: str) -> str:
    return "2024-05-01T10:00:00+00:00"


@task()
async def nudge(user_id: str, text: str) -> str:
    return f"{user_id}: {text}"


@workflow
async def main(user_id: str):
    seen = datetime.fromisoformat(await last_login(user_id))
    now = datetime.fromisoformat(await step("now", lambda: datetime.now(seen.tzinfo).isoformat()))
    text = f"you were last here {humanize.naturaldelta(now - seen)} ago"
    return await nudge(user_id, text)
