"""Helpers that checkpoint their work with the SDK's `step`."""

import requests
from wmill import step


async def once(name: str, fn):
    return await step(name, fn)


async def fetch_json(url: str):
    return await step("fetch_json", lambda: requests.get(url, timeout=10).json())


async def fetch_then_cache(url: str):
    payload = requests.get(url, timeout=10).json()
    return await step("cache_payload", lambda: payload)


async def logged(name: str, fn):
    print(f"running {name}")
    return fn()
