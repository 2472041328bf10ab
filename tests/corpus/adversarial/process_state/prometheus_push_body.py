# SDK: wmill 1.850.0 client.py replays the body; push_to_gateway PUTs the registry to a Pushgateway on every replay.
from prometheus_client import CollectorRegistry, Gauge, push_to_gateway
from wmill import task, workflow


@task()
async def backup(db: str) -> int:
    return 1024


@workflow
async def main(db: str):
    size = await backup(db)
    registry = CollectorRegistry()
    Gauge("backup_bytes", "size of the last backup", registry=registry).set(size)
    push_to_gateway("pushgateway.example.com:9091", job="db_backup", registry=registry)  # expect: WAC101
    return size
