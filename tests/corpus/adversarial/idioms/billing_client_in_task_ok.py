# SDK: wmill 1.850.0 client.py: a `@task` runs as its own job (`_next_step` dispatches it; the body only replays its checkpointed result), so the client posting inside it posts once.
from __future__ import annotations

import httpx
from wmill import task, workflow


class BillingClient:
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


@task()
async def issue_invoice(customer_id: str, lines: list[dict], api_key: str) -> str:
    return BillingClient(api_key).create_invoice(customer_id, lines)["id"]


@workflow
async def main(customer_id: str, period: str, api_key: str):
    lines = await collect_usage(customer_id, period)
    invoice_id = await issue_invoice(customer_id, lines, api_key)
    return {"invoice": invoice_id, "lines": len(lines)}
