# SDK: wmill 1.850.0 client.py: step() runs fn once and checkpoints its result (_run_inline_step); the comprehension of requests runs inside the step's function only
import requests

from wmill import sleep, step, task, workflow

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


def announce(text: str) -> dict:
    return {name: requests.post(url, json={"content": text}, timeout=10).ok for name, url in WEBHOOKS.items()}


@workflow
async def main(season: str, top: int = 3):
    podium = await final_standings(season, top)
    text = ", ".join(f"#{p['rank']} {p['player']} ({p['points']} pts)" for p in podium)
    lines = [f"{p['player']}: {p['points']}" for p in podium]
    print("\n".join(lines))
    delivered = await step("announce", lambda: announce(text))
    await sleep(3600)
    archived = await archive_season(season)
    return {"season": season, "announced": delivered, "archive": archived["id"]}
