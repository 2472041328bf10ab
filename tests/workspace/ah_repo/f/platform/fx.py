import requests

from f.platform import costs

FX_API = "https://fx.internal.example/v1/latest"


def rate(currency: str) -> float:
    """Units of the budget currency per unit of `currency`."""
    resp = requests.get(FX_API, params={"base": currency, "to": costs.BUDGET_CURRENCY}, timeout=10)
    resp.raise_for_status()
    return float(resp.json()["rate"])
