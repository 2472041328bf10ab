# SDK: wmill 1.850.0 asyncio.gather of task calls is awaited per wave (the guide's parallel form); sleep(seconds) is the server-side sleep
import asyncio
from itertools import batched

from wmill import TaskError, sleep, task, workflow


@task(timeout=600)
async def rotate_keys(tenant_id: str) -> dict:
    import boto3

    kms = boto3.client("kms")
    resp = kms.create_key(Description=f"tenant {tenant_id} data key", Tags=[{"TagKey": "tenant", "TagValue": tenant_id}])
    return {"tenant": tenant_id, "key_id": resp["KeyMetadata"]["KeyId"]}


@task()
async def notify_security(count: int, failed: list[str]) -> None:
    import requests

    requests.post(
        "https://security.example.com/hooks/rotation", json={"rotated": count, "failed": failed}, timeout=10
    )


async def rotate_safely(tenant_id: str) -> dict:
    try:
        return await rotate_keys(tenant_id)
    except TaskError as exc:
        return {"tenant": tenant_id, "error": str(exc)}


@workflow
async def main(tenant_ids: list[str], wave_size: int = 25, pause_s: int = 120):
    waves = list(batched(tenant_ids, wave_size))
    done: list[dict] = []
    for i, wave in enumerate(waves):
        done += await asyncio.gather(*(rotate_safely(t) for t in wave))
        if i < len(waves) - 1:
            await sleep(pause_s)
    failed = [d["tenant"] for d in done if "error" in d]
    await notify_security(len(done) - len(failed), failed)
    return {"waves": len(waves), "failed": failed}
