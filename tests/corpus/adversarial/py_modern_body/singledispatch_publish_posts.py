# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after every task, so the registered implementation the body's publish(...) call dispatches to posts to Slack again on each replay.
from dataclasses import dataclass
from functools import singledispatch

import requests
from wmill import task, workflow

SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXX"


@dataclass
class Deployed:
    service: str
    version: str


@dataclass
class RolledBack:
    service: str
    reason: str


@singledispatch
def publish(event: object) -> str:
    raise TypeError(f"no publisher for {type(event).__name__}")


@publish.register
def _(event: Deployed) -> str:
    requests.post(SLACK_WEBHOOK, json={"text": f"{event.service} {event.version} is live"})
    return "deployed"


@publish.register
def _(event: RolledBack) -> str:
    return f"{event.service} rolled back: {event.reason}"


@task()
async def deploy(service: str, version: str) -> dict:
    return {"ok": True, "service": service, "version": version}


@workflow
async def main(service: str, version: str):
    result = await deploy(service, version)
    if result["ok"]:
        kind = publish(Deployed(service, version))  # expect: WAC101
    else:
        kind = publish(RolledBack(service, "deploy failed"))
    return {"event": kind}
