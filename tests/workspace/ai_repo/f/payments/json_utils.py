"""JSON helpers that keep money exact (Decimal as strings, dates as ISO)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal


def _default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def dumps(value) -> str:
    return json.dumps(value, default=_default, sort_keys=True)


def canonical_hash(value) -> str:
    import hashlib

    return hashlib.sha256(dumps(value).encode()).hexdigest()
