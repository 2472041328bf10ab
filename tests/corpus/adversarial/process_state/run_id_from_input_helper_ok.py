# SDK: wmill 1.850.0 client.py replays the body; a run id derived from the inputs with uuid5 is the same on every replay.
import uuid

from wmill import task, workflow

NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


def run_id_for(sku: str) -> str:
    return str(uuid.uuid5(NAMESPACE, sku))


@task()
async def reserve(sku: str, key: str) -> dict:
    return {"sku": sku, "key": key}


@workflow
async def main(sku: str):
    return await reserve(sku, run_id_for(sku))
