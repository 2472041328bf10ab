from __future__ import annotations

from decimal import Decimal

import requests

RATES_URL = "https://rates.example/v2/latest"


def live_rate(base: str, quote: str) -> Decimal:
    resp = requests.get(RATES_URL, params={"base": base, "symbols": quote}, timeout=5)
    resp.raise_for_status()
    return Decimal(str(resp.json()["rates"][quote]))


def convert(amount_minor: int, rate: Decimal) -> int:
    return int((Decimal(amount_minor) * rate).to_integral_value())
