"""Outbound message envelopes; a task drains them to the interface engine."""


def send(message: dict, channel: str = "hl7") -> dict:
    """Wrap a message for the outbox (nothing leaves the workflow here)."""
    return {"channel": channel, "status": "queued", "message": message}
