# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `functools.singledispatch` runs the implementation registered for the argument's type, and the `Alert` one posts to a webhook.
from dataclasses import dataclass
from functools import singledispatch

import httpx
from wmill import task, workflow


@dataclass
class Alert:
    service: str
    level: str


@dataclass
class Metric:
    name: str
    value: float


@singledispatch
def emit(event: object) -> str:
    return repr(event)


@emit.register
def _(event: Alert) -> str:
    httpx.post("https://alerts.example/api/v1/alerts", json={"service": event.service, "level": event.level})
    return "sent"


@emit.register
def _(event: Metric) -> str:
    return f"{event.name}={event.value}"


@task()
async def check_service(service: str) -> dict:
    return {"healthy": False}


@workflow
async def main(service: str):
    health = await check_service(service)
    if not health["healthy"]:
        emit(Alert(service, "critical"))  # expect: WAC101
    return health
