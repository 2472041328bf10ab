def main(estate: str, block: str):
    import requests

    r = requests.get(f"https://agwx.example/{estate}/{block}/now", timeout=10)
    r.raise_for_status()
    return {"humidity": r.json()["rh"], "leaf_wetness_h": r.json()["lw_hours"]}
