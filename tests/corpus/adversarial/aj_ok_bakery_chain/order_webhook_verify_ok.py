# SDK: wmill 1.850.0: secrets.compare_digest / hmac.compare_digest are constant-time comparisons, not randomness; the body only computes on its inputs
import base64
import hashlib
import hmac
import json
import secrets
import sys

from wmill import task, workflow


@task()
async def load_signing_key() -> str:
    import wmill

    return wmill.get_variable("f/bakery/webhook_signing_key")


@task()
async def create_production_order(shop: str, items: list[dict], order_ref: str) -> dict:
    import requests

    r = requests.post(
        f"https://erp.example-bakery.com/shops/{shop}/production",
        json={"items": items, "ref": order_ref},
        headers={"Idempotency-Key": order_ref},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


def signature_of(key: str, raw_body: str) -> str:
    mac = hmac.new(key.encode(), raw_body.encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@workflow
async def main(raw_body: str, signature: str, shop: str):
    key = await load_signing_key()
    expected = signature_of(key, raw_body)
    if not secrets.compare_digest(expected, signature):
        sys.stderr.write(f"bad signature for shop {shop}\n")
        return {"accepted": False}
    payload = json.loads(raw_body)
    order_ref = hashlib.blake2b(f"{shop}:{payload['id']}".encode(), digest_size=10).hexdigest()
    sys.stdout.write(f"order {payload['id']} -> ref {order_ref}\n")
    result = await create_production_order(shop, payload["items"], order_ref)
    return {"accepted": True, "ref": order_ref, "production": result}
