# SDK: wmill 1.850.0 step(name, fn) runs fn once and checkpoints it; task() dispatches a child job
from wmill import step, task, workflow

from f.common.http import build_headers, encode, post_json
from f.common.payloads import money
from f.common.payloads import post_json as envelope


@task()
async def push_to_erp(erp_url: str, body: dict, token: str) -> dict:
    return post_json(erp_url, body, token)


@workflow
async def main(order_id: str, erp_url: str, erp_token: str, total_cents: int = 0):
    body = {"order": order_id, "total": money(total_cents)}
    wrapped = envelope("order.sync", body)
    headers = build_headers(erp_token)
    ack = await step("erp_ping", lambda: post_json(f"{erp_url}/ping", {"ok": True}, erp_token))
    result = await push_to_erp(erp_url, body, erp_token)
    return {
        "ping": ack,
        "erp": result,
        "size": len(wrapped) + len(encode(body)),
        "content_type": headers["Content-Type"],
    }
