# SDK: wmill 1.850.0 client.py: the body re-runs from the top every round, so a counter the body itself updates from checkpointed step results is rebuilt the same way each round
import httpx

from wmill import step, task, workflow

SEEN_REGIONS = 0


def count_region() -> int:
    global SEEN_REGIONS
    SEEN_REGIONS += 1
    return SEEN_REGIONS


def fetch_rank(region: str, player_id: str) -> dict:
    r = httpx.get(f"https://ranked.internal/{region}/players/{player_id}", timeout=10)
    if r.status_code == 429:
        return {"player": player_id, "rank": None, "throttled": True}
    return r.json()


@task()
async def roster(team_id: str) -> list:
    return httpx.get(f"https://ranked.internal/teams/{team_id}/roster", timeout=10).json()


@task()
async def publish_team_rating(team_id: str, ranks: list, throttled: int, regions: int) -> dict:
    return {"team": team_id, "ranks": ranks, "throttled": throttled, "regions": regions}


@workflow
async def main(team_id: str, region: str = "euw"):
    members = await roster(team_id)
    throttled = 0

    def tally(result: dict) -> dict:
        nonlocal throttled
        if result.get("throttled"):
            throttled += 1
        return result

    ranks = []
    for m in members:
        ranks.append(tally(await step("rank", lambda: fetch_rank(region, m["player_id"]))))
    regions = count_region()
    return await publish_team_rating(team_id, ranks, throttled, regions)
