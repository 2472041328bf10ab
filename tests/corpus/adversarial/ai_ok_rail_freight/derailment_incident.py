# SDK: wmill 1.850.0 step returning a uuid string, except Exception with a rollback task; MISTAKE: a Literal alias as a main parameter type (windmill-oracle sig: resource "Severity")
import uuid
from typing import Literal, Optional

from wmill import TaskError, step, task, workflow

Severity = Literal["minor", "major", "critical"]


@task()
async def open_incident(incident_id: str, line: str, km: float, severity: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://safety.example-rail.eu/api/incidents",
                         json={"id": incident_id, "line": line, "km": km, "severity": severity})
        r.raise_for_status()
        return r.json()


@task()
async def block_section(line: str, km: float) -> str:
    import httpx

    async with httpx.AsyncClient() as c:
        return (await c.post("https://ops.example-rail.eu/api/blocks", json={"line": line, "km": km})).json()["block"]


@task()
async def release_block(block_id: str) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.delete(f"https://ops.example-rail.eu/api/blocks/{block_id}")


@task()
async def page_responders(incident: dict, extra: Optional[list[str]]) -> int:
    return len(incident.get("responders", [])) + len(extra or [])


@workflow
async def main(line: str, km: float, severity: Severity = "major", extra_pagers: Optional[list[str]] = None):  # expect: WAC902
    incident_id = await step("incident_id", lambda: str(uuid.uuid4()))
    incident = await open_incident(incident_id, line, km, severity)
    block = await block_section(line, km) if severity != "minor" else None
    try:
        paged = await page_responders(incident, extra_pagers)
    except TaskError:
        if block:
            await release_block(block)
        raise
    except Exception:
        raise
    return {"incident": incident_id, "block": block, "paged": paged}
