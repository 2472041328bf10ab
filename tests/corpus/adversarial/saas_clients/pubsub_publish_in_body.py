# SDK: wmill 1.850.0 client.py: the body re-runs every round; google-cloud-pubsub's `publish(...)` sends the message each time (a duplicate per round).
from google.cloud import pubsub_v1

from wmill import task, workflow

publisher = pubsub_v1.PublisherClient()


@task()
async def settle(order_id: str) -> dict:
    return {"order_id": order_id, "status": "settled"}


@workflow
async def main(order_id: str, project: str = "shop-prod"):
    result = await settle(order_id)
    topic = publisher.topic_path(project, "orders-settled")
    publisher.publish(topic, order_id.encode()).result()  # expect: WAC101
    return result
