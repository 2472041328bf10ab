# SDK: wmill 1.850.0 every round runs the script again from the top in a new process, so a contract registry fetched at module level is fetched again on each replay
import jsonschema
import requests
from wmill import task, workflow

REGISTRY = "https://schemas.example.com/registry/v1"
CONTRACTS = requests.get(f"{REGISTRY}/subjects/payments-value/versions/latest", timeout=10).json()  # expect: WAC101
VALIDATOR = jsonschema.Draft202012Validator(CONTRACTS["schema"])


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
    report = {"topic": topic, "checked": 0, "violations": []}
    for p in range(partitions):
        for record in await read_partition(topic, p, sample):
            report["checked"] += 1
            for err in VALIDATOR.iter_errors(record):
                report["violations"].append({"partition": p, "path": "/".join(map(str, err.path)), "message": err.message})
    await publish_audit(topic, report)
    return {"checked": report["checked"], "violations": len(report["violations"])}
