# SDK: wmill 1.850.0 step() returns json.loads(json.dumps(result, default=str)): an ISO string survives and is parsed again in the body
"""Usage-based billing: roll up metered usage since the last invoiced event."""
from datetime import datetime, timedelta, timezone

from wmill import step, task, workflow


@task(timeout=600)
async def usage_events(account_id: str, since: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://metering.internal.example") as client:
        resp = await client.get(f"/accounts/{account_id}/events", params={"since": since})
    return resp.json()["events"]


@task(timeout=120)
async def bill_usage(account_id: str, units: int, through: str) -> str:
    import httpx

    async with httpx.AsyncClient(base_url="https://billing.internal.example") as client:
        resp = await client.post(f"/accounts/{account_id}/usage", json={"units": units, "through": through})
    return resp.json()["invoice_item"]


@workflow
async def main(account_id: str, since: str, grace_minutes: int = 15):
    events = await usage_events(account_id, since)
    if not events:
        return {"account": account_id, "billed": 0}
    latest_iso = await step(
        "latest_event",
        lambda: max(datetime.fromisoformat(e["at"]).astimezone(timezone.utc) for e in events).isoformat(),
    )
    cutoff = datetime.fromisoformat(latest_iso) - timedelta(minutes=grace_minutes)
    units = sum(e["units"] for e in events if datetime.fromisoformat(e["at"]) <= cutoff)
    item = await bill_usage(account_id, units, cutoff.isoformat())
    return {"account": account_id, "billed": units, "item": item}
