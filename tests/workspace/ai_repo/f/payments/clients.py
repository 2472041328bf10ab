from __future__ import annotations

try:
    import orjson as _json

    def encode(value) -> bytes:
        return _json.dumps(value)
except ImportError:  # orjson is optional on older workers
    import json as _json

    def encode(value) -> bytes:
        return _json.dumps(value).encode()

import requests

SLACK_WEBHOOK = "https://hooks.slack.example/services/T000/B000/finance-ops"
session = requests.Session()
session.headers.update({"Content-Type": "application/json"})


def notify_finance(text: str) -> None:
    session.post(SLACK_WEBHOOK, data=encode({"text": text}), timeout=5)


def format_alert(kind: str, ref: str, detail: str) -> str:
    return f":rotating_light: {kind} {ref}: {detail}"
