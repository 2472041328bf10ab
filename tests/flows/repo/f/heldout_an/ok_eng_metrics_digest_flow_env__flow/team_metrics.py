import requests


def main(api_base: str, team: str, days: int = 7):
    r = requests.get(f"{api_base}/v1/teams/{team}/metrics", params={"days": days}, timeout=30)
    r.raise_for_status()
    m = r.json()
    return {"team": team, "deploys": m["deploys"], "incidents": m["incidents"]}
