"""Identifiers for tickets and work orders."""

import hashlib
import uuid


def new_ticket_id(prefix: str = "TCK") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10].upper()}"


def stable_id(*parts: str) -> str:
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return digest[:16]
