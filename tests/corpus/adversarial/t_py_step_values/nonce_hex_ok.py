# SDK: step() round-trips through JSON; secrets.token_hex returns str, which survives, and bytes.fromhex rebuilds the key in the body
import hashlib
import hmac
import secrets
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
    secret_hex = await step("webhook_secret", partial(secrets.token_hex, 32))
    signature = hmac.new(bytes.fromhex(secret_hex), partner.encode(), hashlib.sha256).hexdigest()
    hook = await register_webhook(endpoint=endpoint, secret_hex=secret_hex)
    return {"hook": hook.get("id"), "probe_signature": signature}
