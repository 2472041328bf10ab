import requests


def main(base: str, target: str):
    r = requests.get("https://api.frankfurter.app/latest", params={"from": base, "to": target}, timeout=20)
    r.raise_for_status()
    return {"base": base, "target": target, "rate": r.json()["rates"][target]}
