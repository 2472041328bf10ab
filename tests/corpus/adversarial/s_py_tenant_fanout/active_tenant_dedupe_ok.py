# SDK: wmill 1.850.0 WorkflowCtx._alloc_key: keys follow call order; a dict keeps insertion order, so the order of sync_tenant calls is the input's in every round
import asyncio
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("tenant-sync")

BILLING_API = "https://billing.internal.example.com/v2"


@task(timeout=900, tag="tenant-sync")
async def sync_tenant(tenant_id: str, full: bool = False) -> dict:
    async with httpx.AsyncClient(base_url=BILLING_API, timeout=30) as client:
        resp = await client.post(f"/tenants/{tenant_id}/sync", json={"full": full})
        resp.raise_for_status()
        body = resp.json()
    return {"tenant": tenant_id, "invoices": body.get("invoices", 0)}


@task()
async def post_summary(lines: list[str]) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(
            "https://hooks.slack.example.com/services/T000/B000/XXXX",
            json={"text": "\n".join(lines)},
        )


@workflow
async def main(tenants: list[dict], full_resync: bool = False):
    # the admin export lists a tenant once per seat owner: dedupe, keeping input order
    active = {t["id"]: t for t in tenants if t.get("status") == "active"}
    log.info("syncing %d active tenants", len(active))

    results = await asyncio.gather(*(sync_tenant(tid, full_resync) for tid in active))

    unique_regions = {t.get("region", "eu") for t in active.values()}
    log.info("regions touched: %s", ", ".join(sorted(unique_regions)))

    lines = [f"{r['tenant']}: {r['invoices']} invoices" for r in results]
    await post_summary(lines)
    return {"synced": len(results), "regions": sorted(unique_regions)}
