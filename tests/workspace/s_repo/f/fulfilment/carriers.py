# SDK: no wmill import; carrier helpers imported with `from .carriers import ...`
import time

import requests

ZONES = {"DE": 1, "FR": 2, "IT": 2, "US": 4}


def pick_carrier(weight_kg: float, country: str) -> str:
    zone = ZONES.get(country, 3)
    if weight_kg > 30:
        return "freight"
    return "dhl" if zone <= 2 else "ups"


def fetch_rates(country: str) -> dict:
    resp = requests.get(f"https://rates.internal/v2/{country}", timeout=10)
    return resp.json()


def quote_deadline(hours: int) -> float:
    return time.time() + hours * 3600
