"""Audit trail client. The collector URL comes from the platform config service."""

import os

import requests

_CONFIG = requests.get(
    os.environ.get("AUDIT_CONFIG_URL", "https://config.internal/audit"), timeout=5
).json()
AUDIT_URL = _CONFIG["collector"]


def record(event: str, payload: dict) -> None:
    requests.post(AUDIT_URL, json={"event": event, **payload}, timeout=10)


def event_name(kind: str, ref: str) -> str:
    return f"{kind}:{ref}"
