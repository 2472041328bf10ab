# SDK: wmill 1.850.0 client.py: the body re-runs every round; azure-cosmos `upsert_item` writes the document over HTTP each time.
from azure.cosmos import CosmosClient

from wmill import task, workflow

cosmos = CosmosClient("https://shop.documents.azure.com:443/", credential="key")
orders = cosmos.get_database_client("shop").get_container_client("orders")


@task()
async def charge(order_id: str, amount: float) -> str:
    return "ch_" + order_id


@workflow
async def main(order_id: str, amount: float):
    charge_id = await charge(order_id, amount)
    orders.upsert_item({"id": order_id, "charge": charge_id, "status": "paid"})  # expect: WAC101
    return charge_id
