"""Helpers shared by the incident scripts (a module, no `main`)."""

import os

import requests


def fetch_open(team: str) -> list[dict]:
    url = os.environ.get("OPS_API", "https://ops.internal.example.com")
    return requests.get(f"{url}/incidents", params={"team": team, "state": "open"}, timeout=10).json()


def severity_rank(severity: str) -> int:
    return {"low": 0, "high": 1, "critical": 2}.get(severity, 0)
