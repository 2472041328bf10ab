# SDK: wmill 1.850.0 client.py: a step's callback runs once and is checkpointed; the Cosmos write is there.
from azure.cosmos import CosmosClient

from wmill import step, task, workflow

cosmos = CosmosClient("https://shop.documents.azure.com:443/", credential="key")
orders = cosmos.get_database_client("shop").get_container_client("orders")


@task()
async def charge(order_id: str, amount: float) -> str:
    return "ch_" + order_id


@workflow
async def main(order_id: str, amount: float):
    charge_id = await charge(order_id, amount)
    doc = {"id": order_id, "charge": charge_id, "status": "paid"}
    await step("record", lambda: orders.upsert_item(doc)["id"])
    return charge_id
