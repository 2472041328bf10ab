"""Hop varieties: alpha acids are fixed, prices come from the merchant on demand."""

import requests

ALPHA = {"citra": 12.0, "mosaic": 11.5, "saaz": 3.5, "simcoe": 13.0}


def alpha(variety: str) -> float:
    return ALPHA.get(variety, 8.0)


def __getattr__(name: str):
    if name == "PRICES":
        return requests.get("https://hops.merchant.example/api/prices", timeout=10).json()
    raise AttributeError(name)
