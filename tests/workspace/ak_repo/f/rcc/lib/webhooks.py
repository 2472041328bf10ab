"""Posting to the ops channel's webhook."""

from functools import partial

import requests

OPS_URL = "https://hooks.rcc.example.edu/ops"


def post_json(url: str, payload: dict) -> int:
    return requests.post(url, json=payload, timeout=10).status_code


def render(payload: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(payload.items()))


notify_ops = partial(post_json, OPS_URL)
render_ops = partial(render)
