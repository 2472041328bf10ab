# Subscription renewal reminders at 30, 7 and 1 day(s) before the renewal
# date; the delays are computed from the workflow input only.
from wmill import task, workflow, sleep
import requests

DAY = 86400


@task()
async def send_reminder(customer_email: str, days_left: int, renewal_date: str):
    requests.post(
        "https://mail.example/send",
        json={"to": customer_email, "template": "renewal_reminder", "vars": {"days_left": days_left, "date": renewal_date}},
        timeout=30,
    ).raise_for_status()


@task()
async def still_active(subscription_id: str) -> bool:
    return requests.get(f"https://billing.example/api/subscriptions/{subscription_id}", timeout=30).json()["status"] == "active"


@workflow
async def main(subscription_id: str, customer_email: str, renewal_date: str, days_until_renewal: int):
    if days_until_renewal > 30:
        await sleep((days_until_renewal - 30) * DAY)
    await send_reminder(customer_email, 30, renewal_date)
    await sleep(23 * DAY)
    if not await still_active(subscription_id):
        return {"status": "cancelled_before_renewal"}
    await send_reminder(customer_email, 7, renewal_date)
    await sleep(seconds=6 * DAY)
    await send_reminder(customer_email, 1, renewal_date)
    return {"status": "reminded"}
