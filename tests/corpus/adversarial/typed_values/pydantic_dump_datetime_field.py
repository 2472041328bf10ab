# SDK: wmill 1.850.0 client.py: model_dump() keeps a datetime field as a datetime object; default=str turns it into "2026-01-01 00:00:00+00:00" text, so .date() in the body fails on the str.
from datetime import datetime, timezone

from pydantic import BaseModel
from wmill import task, workflow


class Subscription(BaseModel):
    id: str
    renews_at: datetime


@task()
async def load_subscription(sub_id: str) -> dict:
    sub = Subscription(id=sub_id, renews_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return sub.model_dump()  # expect: WAC107


@workflow
async def main(sub_id: str):
    sub = await load_subscription(sub_id)
    return {"id": sub["id"], "renews_on": sub["renews_at"].date().isoformat()}
