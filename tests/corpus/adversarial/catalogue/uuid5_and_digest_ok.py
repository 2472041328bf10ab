# SDK: wmill 1.850.0 client.py: the body must be deterministic; uuid5 of a name and secrets.compare_digest of inputs are.
import hashlib
import hmac
import secrets
import uuid

from wmill import task, workflow

NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


@task()
async def register_webhook(webhook_id: str, url: str) -> bool:
    return True


@workflow
async def main(url: str, payload: str, signature: str, key: str):
    expected = hmac.new(key.encode(), payload.encode(), hashlib.sha256).hexdigest()
    if not secrets.compare_digest(expected, signature):
        return {"accepted": False}
    webhook_id = str(uuid.uuid5(NAMESPACE, url))
    return {"accepted": await register_webhook(webhook_id, url), "id": webhook_id}
