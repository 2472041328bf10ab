"""Records the people workflows build and return."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class AuditEntry:
    actor: str
    action: str
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class Employee:
    employee_id: str
    email: str
    team: str = "general"
    tags: list[str] = field(default_factory=list)


def new_request_id(prefix: str, nonce: str = uuid.uuid4().hex) -> str:
    """Idempotency key for the HRIS API."""
    return f"{prefix}-{nonce[:12]}"


def stable_request_id(prefix: str, employee_id: str) -> str:
    return f"{prefix}-{uuid.uuid5(uuid.NAMESPACE_URL, employee_id).hex[:12]}"
