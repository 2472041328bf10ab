# SDK: wmill 1.850.0 client.py: step() checkpoints the clock read; calendar.timegm / time.gmtime(ts) of input values never read the clock nor the worker's TZ
import calendar
import time

from wmill import step, task, workflow

BADGE_VALIDITY_S = 365 * 24 * 3600


@task()
async def fetch_badges(site: str) -> list:
    import httpx

    return httpx.get(f"https://access.internal/api/sites/{site}/badges", timeout=30).json()


@task()
async def deactivate_badge(badge_id: str, reason: str) -> dict:
    import httpx

    return httpx.post(f"https://access.internal/api/badges/{badge_id}/deactivate", json={"reason": reason}, timeout=30).json()


@workflow
async def main(site: str, issued_format: str = "%Y-%m-%d %H:%M"):
    badges = await fetch_badges(site)
    now_epoch = await step("now_epoch", lambda: calendar.timegm(time.gmtime()))
    expired = []
    for badge in badges:
        issued = calendar.timegm(time.strptime(badge["issued"], issued_format))
        if issued + BADGE_VALIDITY_S < now_epoch:
            label = time.strftime("%Y-%m-%d", time.gmtime(issued))
            await deactivate_badge(badge["id"], f"expired (issued {label})")
            expired.append(badge["id"])
    return {"site": site, "expired": expired, "checked_at": now_epoch}
