# SDK: wmill 1.850.0 client.py: the workflow body is re-run from the top after each suspension; an HTTP call in a `match` arm (not a task or step) is sent again each round.
import requests
from wmill import task, workflow


@task()
async def fetch_event(event_id: str) -> dict:
    return {"type": "webhook", "url": "https://hooks.example.com/x", "payload": {}}


@task()
async def archive_event(event_id: str) -> bool:
    return True


@workflow
async def main(event_id: str):
    event = await fetch_event(event_id)
    match event:
        case {"type": "webhook", "url": str(url), "payload": payload} if url.startswith("https://"):
            requests.post(url, json=payload, timeout=10)  # expect: WAC101
        case {"type": "noop"}:
            pass
    await archive_event(event_id)
    return {"event": event_id}
