# SDK: wmill 1.850.0 client.py step(): a hex string survives json.dumps unchanged; hmac over inputs is deterministic anyway.
import hashlib
import hmac

from wmill import step, task, workflow

SECRET = b"not-a-real-secret"


@task()
async def post_webhook(body: str, signature: str) -> int:
    return 200


@workflow
async def main(body: str):
    signature = await step("sign", lambda: hmac.new(SECRET, body.encode(), hashlib.sha256).hexdigest())
    return await post_webhook(body, signature)
