# SDK: wmill 1.850.0 client.py step() returns _json_round_trip(fn()) (json.dumps default=str): a datetime comes back as str(dt), not a datetime, in every round.
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def open_window(starts: str) -> dict:
    return {"starts": starts}


@workflow
async def main():
    started = await step("started_at", lambda: datetime.now(timezone.utc))  # expect: WAC107
    return await open_window(str(started))
