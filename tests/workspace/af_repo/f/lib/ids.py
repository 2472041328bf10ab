"""Batch and row identifiers."""

import hashlib
import uuid

__all__ = ["new_batch_id", "stable_id"]


def new_batch_id(prefix: str = "batch") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def stable_id(*parts: str) -> str:
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return digest[:16]


def _salt() -> str:
    return "af"
