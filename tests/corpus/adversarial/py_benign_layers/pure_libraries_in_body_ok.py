# SDK: wmill 1.850.0 client.py workflow(): the body re-runs every round; validating, templating and logging with these libraries reads no clock, randomness or external state.
import jsonschema
import structlog
from jinja2 import Template
from pydantic import BaseModel
from wmill import task, workflow

log = structlog.get_logger("digest")

SCHEMA = {"type": "object", "required": ["team"], "properties": {"team": {"type": "string"}}}
SUBJECT = Template("Weekly digest for {{ team | upper }} ({{ count }} items)")


class Request(BaseModel):
    team: str
    limit: int = 20


@task()
async def collect(team: str, limit: int) -> list[dict]:
    return [{"title": f"{team}-{i}"} for i in range(limit)]


@task()
async def send(team: str, subject: str, items: list[dict]) -> str:
    return f"{team}:{subject}:{len(items)}"


@workflow
async def main(payload: dict):
    jsonschema.validate(payload, SCHEMA)
    req = Request.model_validate(payload)
    items = await collect(req.team, req.limit)
    subject = SUBJECT.render(team=req.team, count=len(items))
    log.info("digest ready", team=req.team, items=len(items))
    return await send(req.team, subject, items)
