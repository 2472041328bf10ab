# SDK: wmill 1.850.0 client.py workflow(): humanize.naturaltime(dt) measures dt against the current time, so the text passed to the task changes between the dispatch round and the child's replay.
from datetime import datetime

import humanize
from wmill import task, workflow


@task()
async def last_login(user_id: str) -> str:
    return "2024-05-01T10:00:00+00:00"


@task()
async def nudge(user_id: str, text: str) -> str:
    return f"{user_id}: {text}"


@workflow
async def main(user_id: str):
    seen = datetime.fromisoformat(await last_login(user_id))
    text = f"you were last here {humanize.naturaltime(seen)}"  # expect: WAC102
    return await nudge(user_id, text)
