# SDK: wmill 1.850.0 step(name, fn) checkpoints fn's result, so the replay sees the first clock reading.
from wmill import step, task, workflow

from f.lib.clock import business_hours, now_iso


@task()
async def record(incident_id: str, at: str, in_hours: bool) -> dict:
    return {"id": incident_id, "at": at, "in_hours": in_hours}


@workflow
async def main(incident_id: str, hour: int):
    opened_at = await step("opened_at", lambda: now_iso())
    return await record(incident_id, opened_at, business_hours(hour))
