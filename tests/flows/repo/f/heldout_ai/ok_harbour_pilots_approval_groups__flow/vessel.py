import requests


def main(imo: str):
    resp = requests.get(f"https://vessels.port.example.com/api/imo/{imo}", timeout=10)
    resp.raise_for_status()
    v = resp.json()
    return {"name": v["name"], "loa_m": v["length_overall"], "flag": v["flag"]}
