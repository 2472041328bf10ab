# SDK: none imported; requests.Session() at import opens no connection (urllib3 pools connect lazily)
"""HTTP plumbing shared by the fleet workflows: one session, a rate cache, a call counter."""

import requests

FX_API = "https://fx.example-fleet.io/v2/rates"
SESSION = requests.Session()
SESSION.headers.update({"User-Agent": "fleet-ops/3.1"})

_RATE_CACHE: dict[str, float] = {"EUR": 1.0}
_CALLS = 0


def post_json(url: str, payload: dict) -> dict:
    global _CALLS
    _CALLS += 1
    resp = SESSION.post(url, json=payload, timeout=15)
    resp.raise_for_status()
    return resp.json()


def fetch_rate(currency: str) -> float:
    """EUR rate of `currency`, asked once per process then served from the cache."""
    if currency in _RATE_CACHE:
        return _RATE_CACHE[currency]
    resp = SESSION.get(FX_API, params={"base": "EUR", "symbol": currency}, timeout=10)
    resp.raise_for_status()
    _RATE_CACHE[currency] = float(resp.json()["rate"])
    return _RATE_CACHE[currency]


def cached_rate(currency: str, default: float = 1.0) -> float:
    """What the cache holds, without asking anyone."""
    return _RATE_CACHE.get(currency, default)


def calls_made() -> int:
    return _CALLS
