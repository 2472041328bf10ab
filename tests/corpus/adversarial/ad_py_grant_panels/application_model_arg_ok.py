# SDK: wmill 1.850.0 a task_script's kwargs become the other script's job args, JSON-encoded: app.model_dump() holds only str / float / None fields
import logging
from typing import Optional

import httpx
from pydantic import BaseModel
from wmill import TaskError, task, task_script, workflow

log = logging.getLogger("grants.triage")

GMS = "https://gms.research-council.example/api"


class Application(BaseModel):
    application_id: str
    title: str
    abstract: str
    requested: float
    panel: Optional[str] = None


@task()
async def load_applications(call_id: str) -> list[dict]:
    r = httpx.get(f"{GMS}/calls/{call_id}/applications")
    r.raise_for_status()
    return r.json()


# the LLM triage is shared with the intake flow
triage_application = task_script("f/grants/triage_application", timeout=900)


@task()
async def save_panels(call_id: str, assignments: list[dict]) -> int:
    r = httpx.put(f"{GMS}/calls/{call_id}/panels", json=assignments)
    r.raise_for_status()
    return len(assignments)


@workflow
async def main(call_id: str, max_requested: float = 1_500_000.0):
    raw = await load_applications(call_id=call_id)
    apps = [Application(**a) for a in raw]
    assignments = []
    for app in apps:
        if app.requested > max_requested:
            log.info("%s over the cap, skipped", app.application_id)
            continue
        try:
            assignments.append(await triage_application(app=app.model_dump()))
        except TaskError as err:
            log.warning("triage failed for %s: %s", app.application_id, err)
    saved = await save_panels(call_id=call_id, assignments=assignments)
    return {"call": call_id, "triaged": saved, "skipped": len(apps) - saved}
