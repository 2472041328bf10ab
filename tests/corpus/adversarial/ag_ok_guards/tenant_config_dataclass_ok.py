# SDK: wmill 1.850.0 main's input is a dataclass whose fields are declared without None; the helper reads the clock only when `cutoff` is None, and the body passes a declared field, a dict literal's key and a stripped string
from dataclasses import dataclass
from datetime import datetime, timezone

from wmill import step, task, workflow

BILLING_URL = "https://billing.saas.internal"


@dataclass
class TenantConfig:
    tenant: str
    billing_cutoff: str
    plan: str = "standard"


def usage_window(tenant: str, cutoff: str | None = None) -> dict:
    if cutoff is None:
        cutoff = datetime.now(timezone.utc).isoformat()
    return {"tenant": tenant, "until": cutoff}


@task()
async def meter_usage(window: dict) -> int:
    import httpx

    r = httpx.post(f"{BILLING_URL}/usage/query", json=window)
    r.raise_for_status()
    return int(r.json()["units"])


@task()
async def issue_invoice(tenant: str, units: int, plan: str) -> str:
    import httpx

    r = httpx.post(f"{BILLING_URL}/invoices", json={"tenant": tenant, "units": units, "plan": plan})
    r.raise_for_status()
    return r.json()["invoice_id"]


@workflow
async def main(config: TenantConfig, region_label: str):
    grace = {"eu": "2024-06-30T00:00:00+00:00", "us": "2024-06-30T05:00:00+00:00"}
    primary = await meter_usage(usage_window(config.tenant, config.billing_cutoff))
    eu_tail = await meter_usage(usage_window(config.tenant, grace["eu"]))
    labelled = usage_window(region_label.strip(), config.billing_cutoff.strip())
    invoice = await issue_invoice(config.tenant, primary + eu_tail, config.plan)
    return await step("report", lambda: {"invoice": invoice, "window": labelled})
