# SDK: wmill 1.850.0 client.py get_variable() is an HTTP GET to the Windmill API (Windmill.get -> httpx) each time the body replays; read it in a step.
import wmill
from wmill import task, workflow


@task()
async def call_partner(token: str, order_id: str) -> dict:
    return {"order": order_id, "ok": bool(token)}


@workflow
async def main(order_id: str):
    token = wmill.get_variable("f/partners/api_token")  # expect: WAC101
    return await call_partner(token, order_id)
