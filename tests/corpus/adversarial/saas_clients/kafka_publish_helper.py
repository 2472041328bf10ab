# SDK: wmill 1.850.0 client.py: the body re-runs every round; confluent_kafka `produce` + `flush` sends the event each round (duplicates downstream).
import json

from confluent_kafka import Producer

from wmill import task, workflow

producer = Producer({"bootstrap.servers": "kafka:9092"})


def emit(topic: str, event: dict) -> None:
    producer.produce(topic, json.dumps(event).encode())
    producer.flush(5)


@task()
async def provision(tenant: str) -> dict:
    return {"tenant": tenant, "ready": True}


@workflow
async def main(tenant: str):
    state = await provision(tenant)
    emit("tenants", {"tenant": tenant, "state": state})  # expect: WAC101
    return state
