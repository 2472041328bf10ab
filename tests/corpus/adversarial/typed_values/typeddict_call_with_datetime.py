# SDK: wmill 1.850.0 client.py: a TypedDict is a dict, but the datetime inside it is written by default=str as "2026-01-01 00:00:00+00:00", so .date() in the body fails on the str.
from datetime import datetime, timezone
from typing import TypedDict

from wmill import task, workflow


class Lease(TypedDict):
    holder: str
    expires: datetime


@task()
async def take_lease(resource: str) -> Lease:
    return Lease(holder=resource, expires=datetime(2026, 1, 1, tzinfo=timezone.utc))  # expect: WAC107


@workflow
async def main(resource: str):
    lease = await take_lease(resource)
    return {"holder": lease["holder"], "until": lease["expires"].date().isoformat()}
