"""Shared helpers for the billing and CRM scripts."""

import datetime
import re

import requests

API_BASE = "https://api.billing.example.com"


def fetch_json(path: str) -> dict:
    response = requests.get(f"{API_BASE}{path}", timeout=30)
    response.raise_for_status()
    return response.json()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cents(amount: float) -> int:
    return int(round(amount * 100))


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat()
