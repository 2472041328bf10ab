# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `singledispatch` picks the implementation by the argument's type, and the body only passes a `Metric`, whose implementation formats text (the `Alert` one, which posts, never runs here).
from dataclasses import dataclass
from functools import singledispatch

import requests
from wmill import task, workflow


@dataclass
class Alert:
    text: str


@dataclass
class Metric:
    name: str
    value: float


@singledispatch
def render(event: object) -> str:
    return repr(event)


@render.register
def _(event: Alert) -> str:
    requests.post("https://alerts.example/api", json={"text": event.text}, timeout=10)
    return event.text


@render.register
def _(event: Metric) -> str:
    return f"{event.name}={event.value:.2f}"


@task()
async def measure(service: str) -> float:
    return 0.93


@task()
async def store(line: str) -> bool:
    return True


@workflow
async def main(service: str):
    value = await measure(service)
    return await store(render(Metric(f"{service}.availability", value)))
