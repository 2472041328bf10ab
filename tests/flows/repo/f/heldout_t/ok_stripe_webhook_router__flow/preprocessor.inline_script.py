import hashlib
import hmac
import time

import wmill


def preprocessor(event: dict):
    if event.get("kind") != "webhook":
        raise ValueError(f"unexpected trigger {event.get('kind')}")
    secret = wmill.get_variable("f/billing/stripe_webhook_secret")
    header = event["headers"].get("stripe-signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    signed = f"{parts.get('t')}.{event['raw_string']}".encode()
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts.get("v1", "")) or abs(time.time() - int(parts["t"])) > 300:
        raise ValueError("bad stripe signature")
    body = event["body"]
    return {
        "event_id": body["id"],
        "event_type": body["type"],
        "customer": body["data"]["object"].get("customer"),
    }
