"""Quality limits per style, with the lab's overrides fetched on request."""

import requests

LIMITS = {"ipa": {"ibu_max": 70, "abv_max": 7.5}, "stout": {"ibu_max": 45, "abv_max": 8.0}}


def limits_for(style: str, refresh: bool = False) -> dict:
    if refresh:
        resp = requests.get(f"https://lab.brewery.example/limits/{style}", timeout=10)
        return resp.json()
    return LIMITS.get(style, {"ibu_max": 60, "abv_max": 6.0})


def within(style: str, ibu: float, abv: float) -> bool:
    lim = limits_for(style)
    return ibu <= lim["ibu_max"] and abv <= lim["abv_max"]
