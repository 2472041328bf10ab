# SDK: wmill 1.850.0 client.py step(): get_variable inside the step's lambda runs once, its result checkpointed.
import wmill
from wmill import step, task, workflow


@task()
async def call_partner(token: str, order_id: str) -> dict:
    return {"order": order_id, "ok": bool(token)}


@workflow
async def main(order_id: str):
    token = await step("partner_token", lambda: wmill.get_variable("f/partners/api_token"))
    return await call_partner(token, order_id)
