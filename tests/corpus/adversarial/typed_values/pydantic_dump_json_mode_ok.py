# SDK: wmill 1.850.0 client.py: model_dump(mode="json") already turns the datetime into ISO text, and the body parses it back with fromisoformat.
from datetime import datetime, timezone

from pydantic import BaseModel
from wmill import task, workflow


class Subscription(BaseModel):
    id: str
    renews_at: datetime


@task()
async def load_subscription(sub_id: str) -> dict:
    sub = Subscription(id=sub_id, renews_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return sub.model_dump(mode="json")


@workflow
async def main(sub_id: str):
    sub = await load_subscription(sub_id)
    renews = datetime.fromisoformat(sub["renews_at"])
    return {"id": sub["id"], "renews_on": renews.date().isoformat()}
