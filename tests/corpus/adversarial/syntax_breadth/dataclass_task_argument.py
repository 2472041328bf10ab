# SDK: wmill 1.850.0 client.py: task arguments cross JSON to the child job (`_next_step` sends them as the job's args); a dataclass instance is not JSON and does not arrive as one.
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
    pickup = await book_pickup(shipment)  # expect: WAC107
    return {"pickup": pickup}
