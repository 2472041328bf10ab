# SDK: wmill 1.850.0 client.py: the body re-runs from the top after every suspension (_run_workflow_async); requests made inside a comprehension in the body are sent again each round
import requests

from wmill import sleep, task, workflow

WEBHOOKS = {
    "discord": "https://discord.com/api/webhooks/111/aaa",
    "slack": "https://hooks.slack.com/services/T1/B1/bbb",
}


@task()
async def final_standings(season: str, top: int) -> list:
    import httpx

    return httpx.get(f"https://scores.internal/seasons/{season}/standings", params={"top": top}, timeout=30).json()


@task()
async def archive_season(season: str) -> dict:
    import httpx

    return httpx.post(f"https://scores.internal/seasons/{season}/archive", timeout=120).json()


@workflow
async def main(season: str, top: int = 3):
    podium = await final_standings(season, top)
    text = ", ".join(f"#{p['rank']} {p['player']} ({p['points']} pts)" for p in podium)
    delivered = {name: requests.post(url, json={"content": text}, timeout=10).ok for name, url in WEBHOOKS.items()}  # expect: WAC101
    await sleep(3600)
    archived = await archive_season(season)
    return {"season": season, "announced": delivered, "archive": archived["id"]}
