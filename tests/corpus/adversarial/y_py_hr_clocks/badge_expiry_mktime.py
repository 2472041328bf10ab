# SDK: wmill 1.850.0 client.py: rounds run in new processes, maybe on other workers; time.mktime reads a struct_time as the worker's local time (TZ), time.gmtime() without an argument reads the clock
import calendar
import time

from wmill import task, workflow

BADGE_VALIDITY_S = 365 * 24 * 3600


@task()
async def fetch_badges(site: str) -> list:
    import httpx

    return httpx.get(f"https://access.internal/api/sites/{site}/badges", timeout=30).json()


@task()
async def deactivate_badge(badge_id: str, reason: str) -> dict:
    import httpx

    return httpx.post(f"https://access.internal/api/badges/{badge_id}/deactivate", json={"reason": reason}, timeout=30).json()


@task()
async def mail_report(site: str, expired: list, checked_at: int) -> None:
    print(site, len(expired), checked_at)


@workflow
async def main(site: str, issued_format: str = "%Y-%m-%d %H:%M"):
    badges = await fetch_badges(site)
    now_epoch = calendar.timegm(time.gmtime())  # expect: WAC102
    expired = []
    for badge in badges:
        issued = time.mktime(time.strptime(badge["issued"], issued_format))  # expect: WAC102
        if issued + BADGE_VALIDITY_S < now_epoch:
            await deactivate_badge(badge["id"], "expired")
            expired.append(badge["id"])
    await mail_report(site, expired, now_epoch)
    return {"site": site, "expired": expired}
