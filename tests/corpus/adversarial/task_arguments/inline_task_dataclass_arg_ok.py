# SDK: wmill 1.850.0 client.py _execute_directly: a task of the file is called with the replay's own objects, so a dataclass instance arrives as the instance.
from dataclasses import dataclass

from wmill import task, workflow


@dataclass
class Shipment:
    order_id: str
    weight_kg: float


@task()
async def book_pickup(shipment: Shipment) -> str:
    return f"pickup_{shipment.order_id}"


@workflow
async def main(order_id: str, weight_kg: float = 1.0):
    return await book_pickup(Shipment(order_id=order_id, weight_kg=weight_kg))
