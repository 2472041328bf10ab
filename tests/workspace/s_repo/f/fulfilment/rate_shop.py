# SDK: wmill 1.850.0 workflow(); ./carriers.py fetch_rates does requests.get
from wmill import task, workflow

from .carriers import fetch_rates, pick_carrier


@task()
async def create_shipment(order_id: str, carrier: str, price: float) -> dict:
    return {"order_id": order_id, "carrier": carrier, "price": price}


@workflow
async def main(order_id: str, weight_kg: float, country: str):
    carrier = pick_carrier(weight_kg, country)
    rates = fetch_rates(country)  # expect: WAC101
    price = rates.get(carrier, {}).get("price", 0.0)
    shipment = await create_shipment(order_id, carrier, price)
    return shipment
