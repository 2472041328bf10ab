# SDK: wmill 1.850.0 client.py: `workflow` re-runs the body from the top after each `_StepSuspend`; only `@task` / `step` results are checkpointed, so a method posting through `self.client` in the body posts again on every replay.
from __future__ import annotations

import httpx
from wmill import task, workflow


class BillingClient:
    """Thin wrapper over the billing provider's REST API."""

    def __init__(self, api_key: str, base_url: str = "https://billing.example.com/v2") -> None:
        self.client = httpx.Client(
            base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=20
        )

    def create_invoice(self, customer_id: str, lines: list[dict]) -> dict:
        resp = self.client.post("/invoices", json={"customer": customer_id, "lines": lines})
        resp.raise_for_status()
        return resp.json()


@task()
async def collect_usage(customer_id: str, period: str) -> list[dict]:
    return [{"sku": "api-calls", "qty": 1200, "period": period, "customer": customer_id}]


@workflow
async def main(customer_id: str, period: str, api_key: str):
    lines = await collect_usage(customer_id, period)
    billing = BillingClient(api_key)
    invoice = billing.create_invoice(customer_id, lines)  # expect: WAC101
    return {"invoice": invoice["id"], "lines": len(lines)}
