# SDK: wmill 1.850.0 client.py get_variable(path) is an HTTP call to the Windmill API (GET /variables/get_value); in the body it runs again on every replay.
import hashlib
import hmac

import wmill
from wmill import task, workflow


@task()
async def handle_event(event: str, payload: dict) -> dict:
    return {"event": event, "handled": True}


@workflow
async def main(raw_body: str, signature: str, event: str, payload: dict):
    secret = wmill.get_variable("f/github/webhook_secret")  # expect: WAC101
    mac = hmac.new(secret.encode(), raw_body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(f"sha256={mac}", signature):
        return {"status": "bad signature"}
    return await handle_event(event, payload)
