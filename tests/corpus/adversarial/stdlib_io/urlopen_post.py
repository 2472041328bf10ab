# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `urlopen` of a POST `Request` sends it every round (building the `Request` alone sends nothing).
import json
from urllib.request import Request, urlopen

from wmill import task, workflow


@task()
async def close_books(period: str) -> dict:
    return {"period": period, "balanced": True}


@workflow
async def main(period: str, hook: str):
    result = await close_books(period)
    req = Request(hook, data=json.dumps(result).encode(), method="POST", headers={"Content-Type": "application/json"})
    with urlopen(req, timeout=10) as resp:  # expect: WAC101
        code = resp.status
    return {"result": result, "hook_status": code}
