# SDK: wmill 1.850.0 step(name, fn) runs fn once and replays the checkpointed JSON; a jsonschema validator built from that result is the same in every round
import jsonschema
import requests
from wmill import step, task, workflow

REGISTRY = "https://schemas.example.com/registry/v1"


def latest_schema(subject: str) -> dict:
    resp = requests.get(f"{REGISTRY}/subjects/{subject}/versions/latest", timeout=10)
    resp.raise_for_status()
    return resp.json()["schema"]


@task(timeout=600)
async def read_partition(topic: str, partition: int, max_messages: int) -> list[dict]:
    import json

    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": "kafka.internal:9092", "group.id": "contract-audit", "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, partition, 0)])
    records = []
    for msg in consumer.consume(num_messages=max_messages, timeout=30):
        if msg.error() is None:
            records.append(json.loads(msg.value()))
    consumer.close()
    return records


@task()
async def publish_audit(topic: str, report: dict) -> None:
    requests.post(f"{REGISTRY}/audits/{topic}", json=report, timeout=10).raise_for_status()


@workflow
async def main(topic: str = "payments", partitions: int = 6, sample: int = 500):
    schema = await step("contract", lambda: latest_schema(f"{topic}-value"))
    validator = jsonschema.Draft202012Validator(schema)
    report = {"topic": topic, "checked": 0, "violations": []}
    for p in range(partitions):
        for record in await read_partition(topic, p, sample):
            report["checked"] += 1
            for err in sorted(validator.iter_errors(record), key=lambda e: list(e.path)):
                report["violations"].append({"partition": p, "path": "/".join(map(str, err.path)), "message": err.message})
    await publish_audit(topic, report)
    return {"checked": report["checked"], "violations": len(report["violations"])}
