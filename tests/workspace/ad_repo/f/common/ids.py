"""Work-order and ticket identifiers."""

import random
import string
import uuid

PREFIX = "RBW"


def _suffix(n: int = 4) -> str:
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=n))


def new_ticket_id(kind: str) -> str:
    return f"{PREFIX}-{kind.upper()}-{_suffix()}"


def ticket_for(meter_id: str, day: str) -> str:
    # deterministic: the same meter and day always give the same ticket
    return f"{PREFIX}-{uuid.uuid5(uuid.NAMESPACE_URL, meter_id + day).hex[:8]}"


def new_batch_id() -> str:
    return uuid.uuid4().hex
