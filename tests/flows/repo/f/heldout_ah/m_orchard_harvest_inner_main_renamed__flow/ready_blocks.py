def main(orchard: str, week_start: str):
    import requests

    r = requests.get(f"https://orchard.example/api/{orchard}/blocks", params={"ready_by": week_start}, timeout=20)
    r.raise_for_status()
    return [{"id": b["id"], "variety": b["variety"], "trees": b["trees"]} for b in r.json()]
