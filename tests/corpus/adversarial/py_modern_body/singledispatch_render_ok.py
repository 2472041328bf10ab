# SDK: wmill 1.850.0 client.py: the registered implementations only build strings in memory; the Slack post runs in a task, once.
from dataclasses import dataclass
from functools import singledispatch

from wmill import task, workflow


@dataclass
class Deployed:
    service: str
    version: str


@dataclass
class RolledBack:
    service: str
    reason: str


@singledispatch
def render(event: object) -> str:
    raise TypeError(f"cannot render {type(event).__name__}")


@render.register
def _(event: Deployed) -> str:
    return f":rocket: {event.service} {event.version} is live"


@render.register
def _(event: RolledBack) -> str:
    return f":rewind: {event.service} rolled back: {event.reason}"


@task()
async def deploy(service: str, version: str) -> dict:
    return {"ok": True, "service": service, "version": version}


@task()
async def post_to_slack(text: str) -> None:
    import requests

    requests.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": text})


@workflow
async def main(service: str, version: str):
    result = await deploy(service, version)
    event = Deployed(service, version) if result["ok"] else RolledBack(service, "deploy failed")
    await post_to_slack(render(event))
    return {"event": type(event).__name__}
