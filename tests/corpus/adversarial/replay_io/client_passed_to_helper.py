# SDK: wmill 1.850.0 client.py workflow(): the helper posts through the module-level httpx client it is handed; called from the body, it posts on every replay.
import httpx

from wmill import task, workflow

http = httpx.Client(base_url="https://hooks.example.com", timeout=10)


def post_event(client: httpx.Client, event: dict) -> int:
    return client.post("/events", json=event).status_code


@task()
async def close_ticket(ticket_id: str) -> dict:
    return {"ticket": ticket_id, "closed": True}


@workflow
async def main(ticket_id: str):
    result = await close_ticket(ticket_id)
    post_event(http, result)  # expect: WAC101
    return result
