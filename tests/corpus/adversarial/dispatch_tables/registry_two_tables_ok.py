# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; two registries are filled by two decorators, and the body calls only the one holding renderers (the senders run in the task).
from typing import Callable

import requests
from wmill import task, workflow

SENDERS: dict[str, Callable[[str], int]] = {}
RENDERERS: dict[str, Callable[[dict], str]] = {}


def sender(kind: str):
    def add(fn: Callable[[str], int]) -> Callable[[str], int]:
        SENDERS[kind] = fn
        return fn

    return add


def renderer(kind: str):
    def add(fn: Callable[[dict], str]) -> Callable[[dict], str]:
        RENDERERS[kind] = fn
        return fn

    return add


@sender("slack")
def to_slack(text: str) -> int:
    return requests.post("https://hooks.slack.example/x", json={"text": text}, timeout=10).status_code


@renderer("slack")
def slack_text(report: dict) -> str:
    return f"*{report['title']}*: {report['status']}"


@task()
async def deliver(kind: str, text: str) -> int:
    return SENDERS[kind](text)


@workflow
async def main(kind: str, title: str):
    text = RENDERERS[kind]({"title": title, "status": "green"})
    return await deliver(kind, text)
