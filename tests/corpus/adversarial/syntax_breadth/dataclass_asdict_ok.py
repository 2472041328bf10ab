# SDK: wmill 1.850.0 client.py: task arguments cross JSON; `dataclasses.asdict` turns the instance into a plain dict before the call.
from dataclasses import asdict, dataclass, field

from wmill import task, workflow


@dataclass
class Shipment:
    order_id: str
    carrier: str
    weight_kg: float
    tags: list[str] = field(default_factory=list)


@task()
async def book_pickup(shipment: dict) -> str:
    return "pickup_1"


@workflow
async def main(order_id: str, carrier: str = "dhl", weight_kg: float = 1.0):
    shipment = Shipment(order_id=order_id, carrier=carrier, weight_kg=weight_kg)
    pickup = await book_pickup(asdict(shipment))
    return {"pickup": pickup, "shipment": asdict(shipment)}
