# SDK: wmill 1.850.0 client.py _execute_directly: a task of the file is called with the replay's own objects (`func(**kwargs)`), so a dataclass instance arrives as the instance (red team OP; it was a mistake here before).
from dataclasses import dataclass

from wmill import task, workflow


@dataclass
class Shipment:
    order_id: str
    carrier: str
    weight_kg: float


@task()
async def book_pickup(shipment: dict) -> str:
    return "pickup_1"


@workflow
async def main(order_id: str, carrier: str = "dhl", weight_kg: float = 1.0):
    shipment = Shipment(order_id=order_id, carrier=carrier, weight_kg=weight_kg)
    pickup = await book_pickup(shipment)
    return {"pickup": pickup}
