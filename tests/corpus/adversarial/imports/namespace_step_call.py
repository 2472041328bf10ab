# SDK: wmill 1.850.0 client.py: wmill.step is the same function, but Windmill's parser looks for the bare `step(` name, so the step is missing from the diagram.
from datetime import datetime, timezone

import wmill
from wmill import task, workflow


@task()
async def close_books(month: str) -> dict:
    return {"month": month, "closed": True}


@workflow
async def main(month: str):
    started = await wmill.step("started", lambda: datetime.now(timezone.utc).isoformat())  # expect: WAC002
    result = await close_books(month)
    return {**result, "started": started}
