from wmill import step, workflow

from f.common import http


@workflow
async def main(base: str, order_id: str):
    url = http.build_url(base, "orders")
    sent = http.post_json(url, {"order_id": order_id})  # expect: WAC101
    checked = await step("check", lambda: http.post_json(url, {"check": order_id}))
    return {"sent": sent, "checked": checked}
