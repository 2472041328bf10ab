"""Deterministic helpers for picking reviewers and naming things, and one that is not."""

import hashlib
import random
import secrets
import uuid

CLINIC_NS = uuid.UUID("7d4f6a0e-3c1b-4e8a-9a57-2f1c0b9e6d31")


def pick_reviewer(team: list[str], seed: str) -> str:
    rng = random.Random(seed)
    return rng.choice(sorted(team))


def stable_id(name: str) -> str:
    return str(uuid.uuid5(CLINIC_NS, name))


def digest(payload: str) -> str:
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def spread_delay(base: int) -> int:
    return base + secrets.randbelow(30)
