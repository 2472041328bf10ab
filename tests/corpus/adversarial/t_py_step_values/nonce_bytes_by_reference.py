# SDK: step() checkpoints json.dumps(result, default=str): os.urandom's bytes come back as the text "b'...'" (not 16 bytes), so the HMAC key is wrong and differs from the raw bytes
import hashlib
import hmac
import os
from functools import partial

from wmill import step, task, workflow


@task()
async def register_webhook(endpoint: str, secret_hex: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://api.partner.com") as http:
        resp = await http.post("/webhooks", json={"url": endpoint, "secret": secret_hex})
        return resp.json()


@workflow
async def main(endpoint: str, partner: str):
    secret = await step("webhook_secret", partial(os.urandom, 32))  # expect: WAC107
    signature = hmac.new(secret, partner.encode(), hashlib.sha256).hexdigest()
    hook = await register_webhook(endpoint=endpoint, secret_hex=secret.hex())
    return {"hook": hook.get("id"), "probe_signature": signature}
