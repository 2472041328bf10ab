# SDK: wmill 1.850.0 client.py — each match arm awaits a @task() (dispatched through ctx._next_step, result checkpointed); mapping/class patterns on the input dict are pure
from dataclasses import dataclass

import requests
from wmill import task, workflow

CRM_URL = "https://crm.internal.example.com/api"


@dataclass(frozen=True)
class Route:
    kind: str
    object_id: str


@task()
async def record_payment(invoice_id: str, amount_cents: int) -> dict:
    resp = requests.post(f"{CRM_URL}/payments", json={"invoice": invoice_id, "amount": amount_cents}, timeout=10)
    resp.raise_for_status()
    return resp.json()


@task()
async def delete_customer(customer_id: str) -> bool:
    resp = requests.delete(f"{CRM_URL}/customers/{customer_id}", timeout=10)
    return resp.status_code in (200, 204, 404)


def classify(event: dict) -> Route:
    obj = event.get("data", {}).get("object", {})
    return Route(kind=str(event.get("type", "")), object_id=str(obj.get("id", "")))


@workflow
async def main(event: dict):
    route = classify(event)
    match route:
        case Route(kind="invoice.paid", object_id=inv):
            amount = event["data"]["object"].get("amount_paid", 0)
            return {"receipt": await record_payment(inv, amount)}
        case Route(kind="customer.deleted", object_id=cid) if cid:
            return {"deleted": await delete_customer(cid)}
        case _:
            return {"ignored": route.kind}
