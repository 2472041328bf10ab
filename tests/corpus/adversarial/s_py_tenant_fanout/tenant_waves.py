# SDK: wmill 1.850.0 a task call returns an awaitable (_next_step queues the step in _pending); asyncio.gather(...) not awaited is a future nobody waits for, and the loop moves on
import asyncio
from itertools import batched

from wmill import sleep, task, workflow


@task(timeout=600)
async def rotate_keys(tenant_id: str) -> dict:
    import boto3

    kms = boto3.client("kms")
    resp = kms.create_key(Description=f"tenant {tenant_id} data key", Tags=[{"TagKey": "tenant", "TagValue": tenant_id}])
    return {"tenant": tenant_id, "key_id": resp["KeyMetadata"]["KeyId"]}


@task()
async def notify_security(count: int) -> None:
    import requests

    requests.post("https://security.example.com/hooks/rotation", json={"rotated": count}, timeout=10)


@workflow
async def main(tenant_ids: list[str], wave_size: int = 25, pause_s: int = 120):
    waves = list(batched(tenant_ids, wave_size))
    for i, wave in enumerate(waves):
        asyncio.gather(*(rotate_keys(t) for t in wave))  # expect: WAC106
        if i < len(waves) - 1:
            await sleep(pause_s)
    await notify_security(len(tenant_ids))
    return {"waves": len(waves)}
