# SDK: wmill 1.850.0 client.py get_variable inside a task runs once in the task's job; hmac / hashlib are pure computations.
import hashlib
import hmac

import wmill
from wmill import task, workflow


@task()
async def verify(raw_body: str, signature: str) -> bool:
    secret = wmill.get_variable("f/github/webhook_secret")
    mac = hmac.new(secret.encode(), raw_body.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={mac}", signature)


@task()
async def handle_event(event: str, payload: dict) -> dict:
    return {"event": event, "handled": True}


@workflow
async def main(raw_body: str, signature: str, event: str, payload: dict):
    if not await verify(raw_body, signature):
        return {"status": "bad signature"}
    digest = hashlib.sha256(raw_body.encode()).hexdigest()[:12]
    return {**await handle_event(event, payload), "digest": digest}
