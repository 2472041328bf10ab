import hashlib
import hmac

import wmill


def preprocessor(event: dict):
    secret = wmill.get_variable("f/puppets/booking_webhook_secret")
    body = event.get("raw_string") or ""
    sent = (event.get("headers") or {}).get("x-signature", "")
    expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        raise Exception("bad signature")
    payload = event["body"]
    if payload.get("status") != "confirmed":
        raise Exception(f"ignored status {payload.get('status')}")
    return {
        "venue_id": payload["venue"]["id"],
        "show": payload["production"],
        "dates": payload["dates"],
        "fee_gbp": float(payload.get("fee", 0)),
    }
