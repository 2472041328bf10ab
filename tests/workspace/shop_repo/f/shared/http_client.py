import requests

TIMEOUT = 10


def post_json(url: str, payload: dict) -> int:
    return requests.post(url, json=payload, timeout=TIMEOUT).status_code


def build_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
