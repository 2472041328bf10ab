"""Thin HTTP helpers shared by the people-ops workflows."""

from functools import partial

import requests

DEFAULT_TIMEOUT = 15

# Pre-configured POST used by the notifier scripts.
post = partial(requests.post, timeout=DEFAULT_TIMEOUT)


def build_url(base: str, *parts: str) -> str:
    """Join a base URL and path segments without doubling slashes."""
    return "/".join([base.rstrip("/")] + [p.strip("/") for p in parts])


def post_json(url: str, payload: dict) -> dict:
    resp = requests.post(url, json=payload, timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def get_json(url: str, params: dict | None = None) -> dict:
    resp = requests.get(url, params=params or {}, timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    return resp.json()
