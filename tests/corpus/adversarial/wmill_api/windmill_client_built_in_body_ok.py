# SDK: wmill 1.850.0 client.py Windmill.__init__ reads WM_* settings and builds an httpx.Client without sending anything; the read itself happens in step().
from wmill import Windmill, step, task, workflow


@task()
async def call_partner(token: str, order_id: str) -> dict:
    return {"order_id": order_id, "ok": bool(token)}


@workflow
async def main(order_id: str):
    wm = Windmill()
    token = await step("partner_token", lambda: wm.get_variable("f/partners/api_token"))
    return await call_partner(token, order_id)
