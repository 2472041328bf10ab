# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the handler is picked from the table with a default and kept in a name, then called: the "webhook" one posts each round.
import httpx
from wmill import task, workflow


def to_webhook(event: dict) -> None:
    httpx.post("https://hooks.example/events", json=event)


def to_stdout(event: dict) -> None:
    print(event)


ROUTES = {"webhook": to_webhook}


@task()
async def build_event(order_id: str) -> dict:
    return {"order": order_id}


@workflow
async def main(order_id: str, route: str = "webhook"):
    event = await build_event(order_id)
    handler = ROUTES.get(route, to_stdout)
    handler(event)  # expect: WAC101
    return event
