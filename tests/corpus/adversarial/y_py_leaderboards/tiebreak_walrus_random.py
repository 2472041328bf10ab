# SDK: wmill 1.850.0 client.py: workflow() docstring: random values must be captured with step(); a walrus in an if test of the body still reads random.random() each round
import random

from wmill import task, workflow


@task()
async def tied_players(match_id: str) -> list:
    import httpx

    return httpx.get(f"https://scores.internal/matches/{match_id}/ties", timeout=20).json()


@task()
async def award_win(match_id: str, player_id: str) -> dict:
    import httpx

    return httpx.post(f"https://scores.internal/matches/{match_id}/winner", json={"player": player_id}, timeout=20).json()


@task()
async def schedule_rematch(match_id: str, players: list) -> dict:
    return {"match": match_id, "rematch": players}


@workflow
async def main(match_id: str):
    tied = await tied_players(match_id)
    if len(tied) < 2:
        return await award_win(match_id, tied[0]["player_id"])
    if (coin := random.random()) < 0.5:  # expect: WAC102
        return await award_win(match_id, tied[0]["player_id"])
    result = await schedule_rematch(match_id, [t["player_id"] for t in tied])
    return {"match": match_id, "rematch": result, "coin": round(coin, 3)}
