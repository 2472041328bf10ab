# SDK: wmill 1.850.0 client.py task(): a pydantic model's model_dump() is a plain dict; the model is only used inside the task.
from pydantic import BaseModel

from wmill import task, workflow


class Shipment(BaseModel):
    id: str
    weight_kg: float


@task()
async def plan_shipment(order_id: str) -> dict:
    return Shipment(id=order_id, weight_kg=1.5).model_dump()


@task()
async def book_carrier(shipment: dict) -> str:
    return shipment["id"]


@workflow
async def main(order_id: str):
    shipment = await plan_shipment(order_id)
    return await book_carrier(shipment)
