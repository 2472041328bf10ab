# SDK: wmill 1.850.0 client.py: the TypedDict holds an ISO string, which JSON keeps; the body parses it with fromisoformat.
from datetime import datetime, timezone
from typing import TypedDict

from wmill import task, workflow


class Lease(TypedDict):
    holder: str
    expires: str


@task()
async def take_lease(resource: str) -> Lease:
    return Lease(holder=resource, expires=datetime(2026, 1, 1, tzinfo=timezone.utc).isoformat())


@workflow
async def main(resource: str):
    lease = await take_lease(resource)
    until = datetime.fromisoformat(lease["expires"])
    return {"holder": lease["holder"], "until": until.date().isoformat()}
