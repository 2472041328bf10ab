"""Alerting for patrol and lift operations."""

from f.common.transport import send as _send

PATROL_CHANNEL = "patrol-radio"


def format_alert(kind: str, detail: str) -> str:
    return f"[{kind.upper()}] {detail}"


def page_patrol(detail: str) -> int:
    return _deliver(PATROL_CHANNEL, format_alert("patrol", detail))


def _deliver(channel: str, text: str) -> int:
    return _send(channel, text)
