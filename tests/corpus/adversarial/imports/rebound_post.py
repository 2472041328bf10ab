# SDK: wmill 1.850.0 client.py: only task/step bodies are checkpointed (_next_step, _run_inline_step); the @workflow body re-runs on every replay.
import requests
from wmill import task, workflow

WEBHOOK = "https://hooks.example.com/services/T000/B000/XXXX"
post = requests.post  # shorter name used across the script


@task()
async def load_invoices(account_id: str) -> list[dict]:
    resp = requests.get(f"https://billing.example.com/api/accounts/{account_id}/invoices")
    resp.raise_for_status()
    return resp.json()["items"]


@task()
async def mark_overdue(invoice_ids: list[str]) -> int:
    resp = post("https://billing.example.com/api/invoices/overdue", json={"ids": invoice_ids})
    resp.raise_for_status()
    return len(invoice_ids)


@workflow
async def main(account_id: str, notify: bool = True):
    invoices = await load_invoices(account_id)
    overdue = [i["id"] for i in invoices if i["status"] == "overdue"]
    marked = await mark_overdue(overdue)
    if notify and marked:
        post(WEBHOOK, json={"text": f"{marked} overdue invoices for {account_id}"})  # expect: WAC101
    return {"marked": marked}
