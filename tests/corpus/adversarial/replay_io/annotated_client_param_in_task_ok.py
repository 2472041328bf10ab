# SDK: wmill 1.850.0 client.py task(): the helper that posts through the client it is handed is only called from a task body.
import httpx

from wmill import task, workflow

http = httpx.Client(base_url="https://hooks.example.com", timeout=10)


def post_event(client: httpx.Client, event: dict) -> int:
    return client.post("/events", json=event).status_code


def describe(client: httpx.Client) -> str:
    return str(client.base_url)


@task()
async def close_ticket(ticket_id: str) -> dict:
    result = {"ticket": ticket_id, "closed": True}
    post_event(http, result)
    return result


@workflow
async def main(ticket_id: str):
    result = await close_ticket(ticket_id)
    return {"result": result, "hook": describe(http)}
