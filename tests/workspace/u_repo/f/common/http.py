"""Small HTTP helpers shared by the dispatch workflows."""

import httpx

DEFAULT_TIMEOUT = 15.0


def build_headers(token: str, *, idempotency_key: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    return headers


def post_json(url: str, payload: dict, token: str = "") -> dict:
    response = httpx.post(url, json=payload, headers=build_headers(token), timeout=DEFAULT_TIMEOUT)
    response.raise_for_status()
    return response.json()


def get_json(url: str, token: str = "") -> dict:
    response = httpx.get(url, headers=build_headers(token), timeout=DEFAULT_TIMEOUT)
    response.raise_for_status()
    return response.json()
