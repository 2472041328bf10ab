# SDK: wmill 1.850.0 client.py: _run_inline_step does not call fn again once the step is checkpointed; a nonlocal counter changed by a function the step's function calls is lost on replay
import httpx

from wmill import step, task, workflow


@task()
async def roster(team_id: str) -> list:
    return httpx.get(f"https://ranked.internal/teams/{team_id}/roster", timeout=10).json()


@task()
async def publish_team_rating(team_id: str, ratings: list, misses: int) -> dict:
    return {"team": team_id, "ratings": ratings, "misses": misses}


@workflow
async def main(team_id: str, region: str = "euw"):
    members = await roster(team_id)
    misses = 0

    def note_miss(player_id: str) -> None:
        nonlocal misses
        misses += 1  # expect: WAC104
        print(f"no rating for {player_id}")

    def load_ratings() -> list:
        out = []
        for m in members:
            r = httpx.get(f"https://ranked.internal/{region}/players/{m['player_id']}/mmr", timeout=10)
            if r.status_code != 200:
                note_miss(m["player_id"])
                continue
            out.append(r.json()["mmr"])
        return out

    ratings = await step("ratings", load_ratings)
    return await publish_team_rating(team_id, ratings, misses)
