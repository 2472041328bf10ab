"""Thin wrappers over the ops API; every call goes over the network."""

import requests

API_BASE = "https://ops.internal.example.com"


def post(path: str, payload: dict) -> dict:
    response = requests.post(f"{API_BASE}{path}", json=payload, timeout=10)
    response.raise_for_status()
    return response.json()


def get(path: str) -> dict:
    return requests.get(f"{API_BASE}{path}", timeout=10).json()


def build_url(path: str, **query: str) -> str:
    """Pure: formats a URL, sends nothing."""
    if not query:
        return f"{API_BASE}{path}"
    params = "&".join(f"{k}={v}" for k, v in sorted(query.items()))
    return f"{API_BASE}{path}?{params}"
