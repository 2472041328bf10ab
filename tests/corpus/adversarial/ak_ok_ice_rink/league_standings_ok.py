# SDK: wmill 1.850.0: Counter / sorted with a full tie-break key are deterministic; task results are lists and dicts (JSON) and are read after they are awaited
from collections import Counter

from wmill import task, task_flow, workflow

refresh_site = task_flow("f/league/refresh_public_site", timeout=600)

POINTS = {"W": 2, "OTL": 1, "L": 0}


@task()
async def games(season: str, division: str) -> list[dict]:
    import requests

    r = requests.get(f"https://league.example-ice.org/api/{season}/{division}/games", params={"final": "true"}, timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def save_table(season: str, division: str, table: list[dict]) -> int:
    import requests

    r = requests.put(f"https://league.example-ice.org/api/{season}/{division}/standings", json=table, timeout=30)
    r.raise_for_status()
    return len(table)


def standings(results: list[dict]) -> list[dict]:
    pts: Counter[str] = Counter()
    gf: Counter[str] = Counter()
    ga: Counter[str] = Counter()
    for g in results:
        home, away = g["home"], g["away"]
        gf[home] += g["home_goals"]
        ga[home] += g["away_goals"]
        gf[away] += g["away_goals"]
        ga[away] += g["home_goals"]
        if g["home_goals"] > g["away_goals"]:
            pts[home] += POINTS["W"]
            pts[away] += POINTS["OTL" if g.get("overtime") else "L"]
        else:
            pts[away] += POINTS["W"]
            pts[home] += POINTS["OTL" if g.get("overtime") else "L"]
    teams = set(gf) | set(ga)
    return sorted(
        ({"team": t, "pts": pts[t], "diff": gf[t] - ga[t]} for t in teams),
        key=lambda row: (-row["pts"], -row["diff"], row["team"]),
    )


@workflow
async def main(season: str, divisions: list[str] = ["u13", "u15", "u18", "senior"]):
    saved = {}
    for division in divisions:
        results = await games(season, division)
        saved[division] = await save_table(season, division, standings(results))
    site = await refresh_site(season=season, divisions=divisions)
    return {"saved": saved, "site": site}
