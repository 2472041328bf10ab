# SDK: wmill 1.850.0 client.py: the body re-runs after every suspension; `AuditedSink.write` calls `super().write`, which posts a webhook, so it posts again each round.
import requests
from wmill import task, workflow


class WebhookSink:
    def __init__(self, url: str):
        self.url = url

    def write(self, event: dict) -> int:
        return requests.post(self.url, json=event, timeout=5).status_code


class AuditedSink(WebhookSink):
    def write(self, event: dict) -> int:
        event = {**event, "audited": True}
        return super().write(event)


@task()
async def classify(ticket_id: str) -> str:
    return "billing"


@workflow
async def main(ticket_id: str, hook_url: str):
    queue = await classify(ticket_id)
    status = AuditedSink(hook_url).write({"ticket": ticket_id, "queue": queue})  # expect: WAC101
    return {"queue": queue, "status": status}
