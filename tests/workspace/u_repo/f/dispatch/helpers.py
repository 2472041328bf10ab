"""Helpers of the dispatch folder (imported as `from .helpers import ...`)."""

import json
from pathlib import Path

ARCHIVE_DIR = Path("/tmp/ticket-archive")


def summarize(ticket: dict) -> str:
    parts = [ticket.get("title", "untitled"), ticket.get("status", "open")]
    return " / ".join(parts)


def archive_ticket(ticket_id: str, ticket: dict) -> str:
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    target = ARCHIVE_DIR / f"{ticket_id}.json"
    target.write_text(json.dumps(ticket, indent=2))
    return str(target)
