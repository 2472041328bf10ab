# SDK: wmill 1.850.0 client.py: workflow() docstring: branching on current time must use step(); date.today() in a match arm of the body is read again each round
from datetime import date

from wmill import task, workflow


@task()
async def player_profile(player_id: str) -> dict:
    import httpx

    return httpx.get(f"https://accounts.internal/players/{player_id}", timeout=20).json()


@task()
async def grant_season_pass(player_id: str, tier: str, valid_from: str) -> dict:
    import httpx

    return httpx.post("https://store.internal/passes", json={"player": player_id, "tier": tier, "from": valid_from}, timeout=30).json()


@task()
async def queue_refund(player_id: str, order_id: str) -> dict:
    return {"player": player_id, "order": order_id, "queued": True}


@workflow
async def main(player_id: str, order_id: str, season_start: str):
    profile = await player_profile(player_id)
    match profile:
        case {"status": "banned"}:
            return await queue_refund(player_id, order_id)
        case {"subscription": {"tier": "gold" | "platinum" as tier}}:
            valid_from = season_start
        case {"subscription": {"tier": str(tier)}} if tier:
            valid_from = max(season_start, date.today().isoformat())  # expect: WAC102
        case _:
            tier = "basic"
            valid_from = season_start
    granted = await grant_season_pass(player_id, tier, valid_from)
    return {"player": player_id, "tier": tier, "pass": granted["id"]}
