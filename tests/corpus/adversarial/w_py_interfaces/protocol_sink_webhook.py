# SDK: wmill 1.850.0 client.py — only task/step bodies are outside the replayed workflow body; a Protocol-typed sink whose implementation POSTs runs in the body when the body calls publish()
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


def publish(sink: EventSink, events: list[dict]) -> int:
    for event in events:
        sink.emit(event)
    return len(events)


@task()
async def diff_catalog(old_version: str, new_version: str) -> list[dict]:
    r = httpx.get("https://catalog.example.com/diff", params={"from": old_version, "to": new_version})
    return r.json()["changes"]


@workflow
async def main(old_version: str, new_version: str, webhook_url: str):
    changes = await diff_catalog(old_version, new_version)
    sent = publish(WebhookSink(webhook_url), changes)  # expect: WAC101
    return {"changes": sent}
