# SDK: wmill 1.850.0 client.py: the body re-runs each round; any() over a generator calling a helper that POSTs sends the grants again on every replay
import httpx

from wmill import task, workflow

BADGE_API = "https://achievements.internal/api"


@task()
async def weekly_stats(week: str) -> list:
    return httpx.get(f"{BADGE_API}/stats", params={"week": week}, timeout=30).json()


@task()
async def refresh_leaderboard(week: str) -> dict:
    return httpx.post(f"{BADGE_API}/leaderboards/{week}/refresh", timeout=60).json()


def grant_badge(player_id: str, badge: str) -> bool:
    r = httpx.post(f"{BADGE_API}/players/{player_id}/badges", json={"badge": badge}, timeout=10)
    return r.status_code == 201


@workflow
async def main(week: str, streak_days: int = 7):
    stats = await weekly_stats(week)
    streakers = [s for s in stats if s["streak"] >= streak_days]
    granted_any = any(grant_badge(s["player_id"], "on_fire") for s in streakers)  # expect: WAC101
    if granted_any:
        await refresh_leaderboard(week)
    return {"week": week, "streakers": len(streakers), "granted": granted_any}
