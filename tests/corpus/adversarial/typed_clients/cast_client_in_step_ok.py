# SDK: wmill 1.850.0 client.py: `step(name, fn)` runs `fn` once and checkpoints its result; the cast client is used only inside the step's function.
from typing import Any, cast

import httpx
from wmill import step, workflow

REGISTRY: dict[str, Any] = {"auth": httpx.Client(base_url="https://auth.internal")}


def revoke_all(user_id: str) -> int:
    api = cast(httpx.Client, REGISTRY["auth"])
    return api.delete(f"/users/{user_id}/sessions").status_code


@workflow
async def main(user_id: str):
    status = await step("revoke", lambda: revoke_all(user_id))
    return {"status": status}
