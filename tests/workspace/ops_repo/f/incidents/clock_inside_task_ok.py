# SDK: wmill 1.850.0; a @task body runs once as its own job: reading the clock there is fine.
from datetime import datetime, timezone

from wmill import task, workflow

from f.lib.clock import now_iso


@task()
async def stamp(incident_id: str) -> dict:
    return {"id": incident_id, "at": now_iso(), "utc": datetime.now(timezone.utc).hour}


@workflow
async def main(incident_id: str):
    return await stamp(incident_id)
