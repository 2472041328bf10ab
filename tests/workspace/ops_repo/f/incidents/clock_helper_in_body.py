# SDK: wmill 1.850.0 replays the body; f.lib.clock.now_iso reads datetime.now, different on each replay.
from wmill import task, workflow

from f.lib.clock import now_iso


@task()
async def record(incident_id: str, at: str) -> dict:
    return {"id": incident_id, "at": at}


@workflow
async def main(incident_id: str):
    opened_at = now_iso()  # expect: WAC102
    return await record(incident_id, opened_at)
