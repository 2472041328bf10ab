"""Prices and slot arithmetic."""

from datetime import datetime, timedelta

import requests

PRICE_API = "https://pricing.internal/v1/items"


def price_of(code: str) -> int:
    return requests.get(f"{PRICE_API}/{code}", timeout=5).json()["cents"]


def next_slot(day: str, hour: int) -> datetime:
    base = datetime.fromisoformat(day)
    return base.replace(hour=hour, minute=0) + timedelta(days=1)


def slot_label(day: str, hour: int) -> str:
    return f"{day}T{hour:02d}:00:00"
