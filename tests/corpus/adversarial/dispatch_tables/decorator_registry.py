# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the registry is filled by a decorator when the module loads, and the "pagerduty" handler it holds posts when the body calls the one the input names.
from typing import Callable

import requests
from wmill import task, workflow

HANDLERS: dict[str, Callable[[str], None]] = {}


def handles(kind: str):
    def register(fn: Callable[[str], None]) -> Callable[[str], None]:
        HANDLERS[kind] = fn
        return fn

    return register


@handles("pagerduty")
def page(summary: str) -> None:
    requests.post("https://events.pagerduty.example/v2/enqueue", json={"summary": summary}, timeout=10)


@handles("log")
def log_only(summary: str) -> None:
    print(summary)


@task()
async def detect(service: str) -> str:
    return f"{service} degraded"


@workflow
async def main(service: str, kind: str = "pagerduty"):
    summary = await detect(service)
    HANDLERS[kind](summary)  # expect: WAC101
    return summary
