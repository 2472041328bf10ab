# SDK: wmill 1.850.0 a tiny workflow: the audit id is made once inside step() (uuid4 checkpointed), the clock reading too; one task does the work
import uuid
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def audit_gates(garage: str, audit_id: str, at: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(f"https://gates.citypark.example/{garage}/audit", json={"audit": audit_id, "at": at})
        r.raise_for_status()
        return r.json()


@workflow
async def main(garage: str):
    audit_id = await step("audit_id", lambda: str(uuid.uuid4()))
    at = await step("audit_at", lambda: datetime.now(timezone.utc).isoformat())
    return {"audit": audit_id, "at": at, "result": await audit_gates(garage, audit_id, at)}
