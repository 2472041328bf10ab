# SDK: wmill 1.850.0 step(name, fn): fetch_rates runs once and is checkpointed
from wmill import step, task, workflow

from .carriers import fetch_rates, pick_carrier, quote_deadline


@task()
async def create_shipment(order_id: str, carrier: str, price: float, deadline: float) -> dict:
    return {"order_id": order_id, "carrier": carrier, "price": price, "deadline": deadline}


@workflow
async def main(order_id: str, weight_kg: float, country: str):
    carrier = pick_carrier(weight_kg, country)
    rates = await step("rates", lambda: fetch_rates(country))
    deadline = await step("deadline", lambda: quote_deadline(48))
    price = rates.get(carrier, {}).get("price", 0.0)
    return await create_shipment(order_id, carrier, price, deadline)
