# SDK: wmill 1.850.0 client.py: the body re-runs every round; `PublisherClient.topic_path` only formats a string, the publish is in a task.
from google.cloud import pubsub_v1

from wmill import task, workflow

publisher = pubsub_v1.PublisherClient()


@task()
async def announce(topic: str, order_id: str) -> str:
    return publisher.publish(topic, order_id.encode()).result()


@workflow
async def main(order_id: str, project: str = "shop-prod"):
    topic = publisher.topic_path(project, "orders-settled")
    message_id = await announce(topic, order_id)
    return {"topic": topic, "message_id": message_id}
