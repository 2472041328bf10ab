# SDK: wmill 1.850.0 parallel(): batch_size = concurrency if concurrency and concurrency > 0 else len(items), so concurrency=0 (or None) sends every item in one batch (unlike windmill-client's TypeScript parallel)
import os

from wmill import parallel, task, workflow

MAX_FANOUT = int(os.environ.get("TENANT_FANOUT", "0"))


@task(timeout=300, concurrency_limit=20, concurrency_key="quota-refresh")
async def refresh_quota(tenant: dict) -> dict:
    import requests

    resp = requests.post(
        "https://quota.internal.example.com/refresh",
        json={"tenant": tenant["id"], "plan": tenant["plan"]},
        timeout=20,
    )
    resp.raise_for_status()
    return {"tenant": tenant["id"], "limit": resp.json()["limit"]}


@workflow
async def main(tenants: list[dict], throttle: int = 0):
    # 0 means "no throttling" for both the input and the module default
    paid = [t for t in tenants if t.get("plan") != "free"]
    results = await parallel(paid, refresh_quota, concurrency=throttle)
    over = [r for r in results if r["limit"] < 10]
    return {"refreshed": len(results), "low_limits": over}
