# Price a quote: awaits inside conditional expressions and `and`/`or`, which
# run a task only on some paths.
import requests
from wmill import step, task, workflow


@task()
async def list_price(sku: str) -> float:
    return requests.get(f"https://pim.example/prices/{sku}", timeout=30).json()["price"]


@task()
async def negotiated_price(customer: str, sku: str) -> float | None:
    return (
        requests.get(f"https://crm.example/{customer}/prices/{sku}", timeout=30).json().get("price")
    )


@task()
async def credit_ok(customer: str) -> bool:
    return requests.get(f"https://risk.example/credit/{customer}", timeout=30).json()["ok"]


@workflow
async def main(customer: str, sku: str, quantity: int, is_partner: bool = False):
    price = (await negotiated_price(customer, sku)) if is_partner else (await list_price(sku))
    price = price or await list_price(sku)
    approved = quantity < 100 or await credit_ok(customer)
    quoted_at = await step("quoted_at", lambda: __import__("time").time())
    return {"price": price * quantity, "approved": approved, "quoted_at": quoted_at}
