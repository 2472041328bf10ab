"""Identifiers and a small in-process registry of rows already handled."""

import hashlib
import uuid

_SEQ = 0
_SEEN: dict[str, dict] = {}


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def stable_id(prefix: str, key: str) -> str:
    return f"{prefix}_{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def next_seq() -> int:
    global _SEQ
    _SEQ += 1
    return _SEQ


def remember(key: str, row: dict) -> None:
    _SEEN[key] = row


def recall(key: str) -> dict | None:
    return _SEEN.get(key)


def seen_count() -> int:
    return len(_SEEN)
