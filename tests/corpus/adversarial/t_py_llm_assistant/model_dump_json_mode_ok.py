# SDK: a task's result crosses JSON; model_dump(mode="json") already gives ISO strings, which the body parses back with fromisoformat
from datetime import datetime, timedelta

from pydantic import BaseModel
from wmill import task, workflow


class Subscription(BaseModel):
    id: str
    plan: str
    renews_at: datetime
    seats: int


@task()
async def load_subscription(subscription_id: str) -> dict:
    """Load and validate a subscription record."""
    raw = {"id": subscription_id, "plan": "team", "renews_at": "2027-01-15T00:00:00Z", "seats": 12}
    return Subscription.model_validate(raw).model_dump(mode="json")


@task()
async def send_renewal_notice(subscription_id: str, notice_on: str) -> None:
    """Schedule a renewal reminder."""
    print(f"notice for {subscription_id} on {notice_on}")


@workflow
async def main(subscription_id: str, notice_days: int = 14) -> dict:
    """Schedule the renewal notice two weeks before renewal."""
    sub = Subscription.model_validate(await load_subscription(subscription_id=subscription_id))
    notice_on = sub.renews_at - timedelta(days=notice_days)
    await send_renewal_notice(subscription_id=subscription_id, notice_on=notice_on.date().isoformat())
    return {"subscription": sub.id, "notice_on": notice_on.isoformat()}
