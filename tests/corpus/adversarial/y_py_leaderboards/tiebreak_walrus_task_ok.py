# SDK: wmill 1.850.0 client.py: a task result is checkpointed, so a walrus binding it in an if / while test is replay-safe; random.Random(seed) with a str seed is deterministic (seeded from sha512 of the str)
import random

from wmill import task, workflow


@task()
async def tied_players(match_id: str, cursor: int = 0) -> dict:
    import httpx

    return httpx.get(f"https://scores.internal/matches/{match_id}/ties", params={"cursor": cursor}, timeout=20).json()


@task()
async def award_win(match_id: str, player_id: str) -> dict:
    import httpx

    return httpx.post(f"https://scores.internal/matches/{match_id}/winner", json={"player": player_id}, timeout=20).json()


@workflow
async def main(match_id: str):
    players = []
    cursor = 0
    while (page := await tied_players(match_id, cursor))["items"]:
        players.extend(page["items"])
        cursor = page["next"]
        if not cursor:
            break
    if not players:
        return {"match": match_id, "winner": None}
    if (first := players[0])["score"] > players[-1]["score"]:
        return await award_win(match_id, first["player_id"])
    coin = random.Random(f"tiebreak:{match_id}").random()
    winner = players[0] if coin < 0.5 else players[-1]
    return await award_win(match_id, winner["player_id"])
