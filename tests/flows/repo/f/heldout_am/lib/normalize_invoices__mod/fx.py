import requests


def convert(amount: float, src: str, dst: str, on: str) -> float:
    if src == dst:
        return amount
    resp = requests.get(f"https://fx.internal/rates/{on}", params={"from": src, "to": dst}, timeout=10)
    resp.raise_for_status()
    return round(amount * resp.json()["rate"], 2)
