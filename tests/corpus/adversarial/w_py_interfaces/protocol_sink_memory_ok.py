# SDK: wmill 1.850.0 client.py — the webhook implementation only runs inside a @task (its own child job); the body's sink keeps events in memory
from typing import Protocol

import httpx
from wmill import task, workflow


class EventSink(Protocol):
    def emit(self, event: dict) -> None: ...


class WebhookSink:
    def __init__(self, url: str) -> None:
        self.url = url

    def emit(self, event: dict) -> None:
        httpx.post(self.url, json=event, timeout=10).raise_for_status()


class BufferSink:
    def __init__(self) -> None:
        self.events: list[dict] = []

    def emit(self, event: dict) -> None:
        self.events.append(event)


def publish(sink: EventSink, events: list[dict]) -> int:
    for event in events:
        sink.emit(event)
    return len(events)


@task()
async def diff_catalog(old_version: str, new_version: str) -> list[dict]:
    r = httpx.get("https://catalog.example.com/diff", params={"from": old_version, "to": new_version})
    return r.json()["changes"]


@task()
async def deliver(webhook_url: str, events: list[dict]) -> int:
    return publish(WebhookSink(webhook_url), events)


@workflow
async def main(old_version: str, new_version: str, webhook_url: str):
    changes = await diff_catalog(old_version, new_version)
    buffer = BufferSink()
    publish(buffer, [c for c in changes if c.get("breaking")])
    delivered = await deliver(webhook_url, buffer.events)
    return {"breaking": delivered}
