# SDK: wmill 1.850.0 client.py: the body re-runs every round; email.utils.formatdate() without a time reads time.time(); a naive datetime's .timestamp() assumes the worker's local time zone
import email.utils
from datetime import datetime

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


@task()
async def email_summary(team: str, header_date: str, rows: list) -> None:
    import smtplib

    with smtplib.SMTP("smtp.internal") as s:
        s.sendmail("hr@corp", [f"{team}-leads@corp"], f"Date: {header_date}\n\n{rows}")


@workflow
async def main(team: str, year: int, month: int, monthly_days: float = 2.08):
    rows = await balances(team)
    effective = datetime(year, month, 1).timestamp()  # expect: WAC102
    posted = []
    for r in rows:
        if r["status"] != "active":
            continue
        res = await post_accrual(r["employee_id"], monthly_days, effective)
        posted.append(res["id"])
    header = await step("header_date", lambda: email.utils.formatdate(usegmt=True))
    await email_summary(team, header, posted)
    return {"team": team, "posted": len(posted), "sent": email.utils.formatdate()}  # expect: WAC102
