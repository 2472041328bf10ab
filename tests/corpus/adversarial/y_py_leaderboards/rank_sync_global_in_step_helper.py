# SDK: wmill 1.850.0 client.py: a checkpointed step's fn is not called again on replay (_run_inline_step returns the stored result), so a module counter bumped by a helper the step runs is back to 0 after the next suspension
import httpx

from wmill import sleep, step, task, workflow

RATE_LIMITED = 0


def fetch_rank(region: str, player_id: str) -> dict:
    global RATE_LIMITED
    r = httpx.get(f"https://ranked.internal/{region}/players/{player_id}", timeout=10)
    if r.status_code == 429:
        RATE_LIMITED += 1  # expect: WAC104
        return {"player": player_id, "rank": None}
    return r.json()


@task()
async def roster(team_id: str) -> list:
    return httpx.get(f"https://ranked.internal/teams/{team_id}/roster", timeout=10).json()


@task()
async def publish_team_rating(team_id: str, ranks: list, throttled: int) -> dict:
    return {"team": team_id, "ranks": ranks, "throttled": throttled}


@workflow
async def main(team_id: str, region: str = "euw"):
    members = await roster(team_id)
    ranks = []
    for m in members:
        ranks.append(await step("rank", lambda: fetch_rank(region, m["player_id"])))
        await sleep(2)
    return await publish_team_rating(team_id, ranks, RATE_LIMITED)
