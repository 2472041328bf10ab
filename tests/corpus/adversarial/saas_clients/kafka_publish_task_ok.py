# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the module-level Producer is only used there.
import json

from confluent_kafka import Producer

from wmill import task, workflow

producer = Producer({"bootstrap.servers": "kafka:9092"})


@task()
async def emit(topic: str, event: dict) -> int:
    producer.produce(topic, json.dumps(event).encode())
    return producer.flush(5)


@task()
async def provision(tenant: str) -> dict:
    return {"tenant": tenant, "ready": True}


@workflow
async def main(tenant: str):
    state = await provision(tenant)
    await emit("tenants", {"tenant": tenant, "state": state})
    return state
