# SDK: wmill 1.850.0 task()/workflow(); f/common/http.post_json calls requests.post
from wmill import task, workflow

from f.common.http import build_headers, encode, post_json


@task()
async def load_order(order_id: str) -> dict:
    import requests

    resp = requests.get(f"https://shop.internal/api/orders/{order_id}", timeout=20)
    resp.raise_for_status()
    return resp.json()


@task()
async def mark_synced(order_id: str, erp_ref: str) -> None:
    import requests

    requests.patch(
        f"https://shop.internal/api/orders/{order_id}",
        json={"erp_ref": erp_ref},
        timeout=20,
    )


@workflow
async def main(order_id: str, erp_url: str, erp_token: str):
    order = await load_order(order_id)
    lines = [
        {"sku": line["sku"], "qty": line["quantity"]}
        for line in order["lines"]
        if line["quantity"] > 0
    ]
    headers = build_headers(erp_token)
    preview = encode({"order": order_id, "lines": lines})
    ack = post_json(erp_url, {"order": order_id, "lines": lines}, erp_token)  # expect: WAC101
    await mark_synced(order_id, ack["reference"])
    return {"erp_ref": ack["reference"], "bytes": len(preview), "auth": "Authorization" in headers}
