# SDK: wmill 1.850.0 task kwargs are JSON-encoded: the body sends app.model_dump() (str / float / None fields only) and the task rebuilds the model with Application(**app)
import logging
from typing import Optional

import httpx
from pydantic import BaseModel
from wmill import TaskError, task, workflow

log = logging.getLogger("grants.triage")

GMS = "https://gms.research-council.example/api"
LLM = "https://llm-gateway.research-council.example/v1"


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


@task(timeout=900)
async def triage_application(app: dict) -> dict:
    app = Application(**app)
    prompt = f"Assign one panel for: {app.title}\n\n{app.abstract}"
    r = httpx.post(f"{LLM}/complete", json={"prompt": prompt, "max_tokens": 20}, timeout=120)
    r.raise_for_status()
    return {"application_id": app.application_id, "panel": r.json()["text"].strip()}


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
