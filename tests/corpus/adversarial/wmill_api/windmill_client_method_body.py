# SDK: wmill 1.850.0 client.py Windmill() only builds an httpx.Client (no request); its get_variable() GETs the variable on every replay.
from wmill import Windmill, task, workflow

wm = Windmill()


@task()
async def call_partner(token: str, order_id: str) -> dict:
    return {"order_id": order_id, "ok": bool(token)}


@workflow
async def main(order_id: str):
    token = wm.get_variable("f/partners/api_token")  # expect: WAC101
    return await call_partner(token, order_id)
