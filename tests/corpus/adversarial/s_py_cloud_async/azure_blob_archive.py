# SDK: wmill 1.850.0 the body replays each round; azure.storage.blob.aio ContainerClient.upload_blob is an HTTP PUT awaited in the body
import gzip
import json

from azure.storage.blob.aio import BlobServiceClient
from wmill import task, workflow

CONN = "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=REDACTED;EndpointSuffix=core.windows.net"


@task(timeout=1200)
async def collect_audit_events(subscription: str, day: str) -> list[dict]:
    from azure.identity import DefaultAzureCredential
    from azure.mgmt.monitor import MonitorManagementClient

    client = MonitorManagementClient(DefaultAzureCredential(), subscription)
    flt = f"eventTimestamp ge '{day}T00:00:00Z' and eventTimestamp le '{day}T23:59:59Z'"
    return [
        {"id": e.event_data_id, "op": e.operation_name.value, "caller": e.caller, "status": e.status.value}
        for e in client.activity_logs.list(filter=flt)
    ]


@workflow
async def main(subscriptions: list[str], day: str):
    archive = {}
    for sub in subscriptions:
        archive[sub] = await collect_audit_events(sub, day)
    payload = gzip.compress(json.dumps(archive, sort_keys=True).encode())
    async with BlobServiceClient.from_connection_string(CONN) as service:
        container = service.get_container_client("audit-archive")
        await container.upload_blob(f"{day}.json.gz", payload, overwrite=True)  # expect: WAC101
    return {"day": day, "events": sum(len(v) for v in archive.values())}
