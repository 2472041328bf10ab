# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `typing.cast` returns its argument unchanged, so `api.delete` is the `httpx.Client` request, sent every round.
from typing import Any, cast

import httpx
from wmill import task, workflow

REGISTRY: dict[str, Any] = {"auth": httpx.Client(base_url="https://auth.internal")}


@task()
async def find_stale_sessions(user_id: str) -> list[str]:
    return ["s-1", "s-2"]


@workflow
async def main(user_id: str):
    stale = await find_stale_sessions(user_id)
    api = cast(httpx.Client, REGISTRY["auth"])
    for sid in stale:
        api.delete(f"/sessions/{sid}")  # expect: WAC101
    return {"revoked": len(stale)}
