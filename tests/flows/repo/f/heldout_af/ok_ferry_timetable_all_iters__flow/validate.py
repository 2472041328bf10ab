import wmill
import requests


def main(season: str, route: str) -> dict:
    api = wmill.get_resource("f/ferries/planning_api")
    r = requests.get(f"{api['url']}/seasons/{season}/routes/{route}/sailings", timeout=30)
    r.raise_for_status()
    sailings = r.json()
    problems = [s["id"] for s in sailings if s["arrive"] <= s["depart"]]
    return {"route": route, "valid": not problems, "sailings": len(sailings), "problems": problems}
