"""Rules for sweeping merchant wallets to their bank accounts."""

from __future__ import annotations

import hashlib
import uuid

MIN_SWEEP_MINOR = {"EUR": 5_000, "GBP": 5_000, "USD": 10_000}


def eligible(wallet: dict, floor_minor: int | None = None) -> bool:
    floor = floor_minor if floor_minor is not None else MIN_SWEEP_MINOR.get(wallet["currency"], 10_000)
    return wallet["status"] == "active" and int(wallet["available_minor"]) >= floor


def sweep_ref(wallet_id: str) -> str:
    return f"SWP-{wallet_id[:8]}-{uuid.uuid4().hex[:12]}"


def stable_ref(wallet_id: str, day: str) -> str:
    return "SWP-" + hashlib.sha1(f"{wallet_id}:{day}".encode()).hexdigest()[:20]
