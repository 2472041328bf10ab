# SDK: wmill 1.850.0 client.py — task() wrapper dispatches via ctx._next_step inside @workflow; the body replays from the top each round, so a requests call in a match arm re-runs every replay
import requests
from wmill import task, workflow

CRM_URL = "https://crm.internal.example.com/api"


@task()
async def record_payment(invoice_id: str, amount_cents: int) -> dict:
    resp = requests.post(f"{CRM_URL}/payments", json={"invoice": invoice_id, "amount": amount_cents}, timeout=10)
    resp.raise_for_status()
    return resp.json()


@task()
async def open_dunning_case(invoice_id: str, attempt: int) -> str:
    resp = requests.post(f"{CRM_URL}/dunning", json={"invoice": invoice_id, "attempt": attempt}, timeout=10)
    return resp.json()["case_id"]


@workflow
async def main(event: dict):
    """Route a Stripe webhook event into the CRM."""
    data = event.get("data", {}).get("object", {})
    match event.get("type"):
        case "invoice.paid":
            receipt = await record_payment(data["id"], data["amount_paid"])
            return {"handled": "paid", "receipt": receipt}
        case "invoice.payment_failed":
            case_id = await open_dunning_case(data["id"], data.get("attempt_count", 1))
            return {"handled": "failed", "case": case_id}
        case "customer.deleted":
            requests.delete(f"{CRM_URL}/customers/{data['id']}", timeout=10)  # expect: WAC101
            return {"handled": "deleted"}
        case _:
            return {"handled": None, "type": event.get("type")}
