# SDK: wmill 1.850.0 client.py: an aware datetime's .timestamp() and email.utils.format_datetime of an input are pure; formatdate() is taken in step() and checkpointed
import email.utils
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def balances(team: str) -> list:
    import httpx

    return httpx.get(f"https://hris.internal/api/teams/{team}/leave", timeout=20).json()


@task()
async def post_accrual(employee_id: str, days: float, effective_epoch: float) -> dict:
    import httpx

    return httpx.post(
        "https://hris.internal/api/leave/accruals",
        json={"employee": employee_id, "days": days, "effective": effective_epoch},
        timeout=20,
    ).json()


@workflow
async def main(team: str, year: int, month: int, monthly_days: float = 2.08):
    rows = await balances(team)
    first = datetime(year, month, 1, tzinfo=timezone.utc)
    effective = first.timestamp()
    posted = []
    for r in rows:
        if r["status"] != "active":
            continue
        res = await post_accrual(r["employee_id"], monthly_days, effective)
        posted.append(res["id"])
    header = await step("header_date", lambda: email.utils.formatdate(usegmt=True))
    return {
        "team": team,
        "posted": len(posted),
        "period": email.utils.format_datetime(first),
        "sent": header,
    }
