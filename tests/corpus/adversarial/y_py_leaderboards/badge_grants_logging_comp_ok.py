# SDK: wmill 1.850.0 client.py: print / logging in the body only write the round's log; any() over a pure predicate and a comprehension awaiting tasks are fine
import logging

from wmill import task, workflow

log = logging.getLogger("leaderboard")


@task()
async def weekly_stats(week: str) -> list:
    import httpx

    return httpx.get("https://achievements.internal/api/stats", params={"week": week}, timeout=30).json()


@task()
async def grant_badge(player_id: str, badge: str) -> bool:
    import httpx

    r = httpx.post(f"https://achievements.internal/api/players/{player_id}/badges", json={"badge": badge}, timeout=10)
    return r.status_code == 201


@workflow
async def main(week: str, streak_days: int = 7):
    stats = await weekly_stats(week)
    streakers = [s for s in stats if s["streak"] >= streak_days]
    list(map(log.info, (f"streak {s['player_id']}: {s['streak']}d" for s in streakers)))
    [print(f"candidate {s['player_id']}") for s in streakers]
    if not any(s["streak"] >= streak_days * 2 for s in streakers):
        log.warning("no double streaks this week")
    granted = [await grant_badge(s["player_id"], "on_fire") for s in streakers]
    return {"week": week, "granted": sum(granted)}
