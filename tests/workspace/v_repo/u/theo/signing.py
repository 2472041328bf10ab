# SDK: none; request signing for the payout provider
import hashlib
import hmac
import os
import time


def hmac_sign(secret: str, body: str, ts: int) -> str:
    return hmac.new(secret.encode(), f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()


def signed_headers(body: str) -> dict:
    ts = int(time.time())
    secret = os.environ["PAYOUT_SIGNING_SECRET"]
    return {"X-Timestamp": str(ts), "X-Signature": hmac_sign(secret, body, ts)}
