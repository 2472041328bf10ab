# SDK: no wmill import; a plain helper module shared by the fulfilment workflows
import json

import requests

DEFAULT_TIMEOUT = 15


def build_headers(token: str) -> dict:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def encode(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"))


def post_json(url: str, payload: dict, token: str = "") -> dict:
    resp = requests.post(
        url,
        data=encode(payload),
        headers=build_headers(token),
        timeout=DEFAULT_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()


def get_json(url: str, token: str = "") -> dict:
    resp = requests.get(url, headers=build_headers(token), timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    return resp.json()
