# SDK: wmill 1.850.0 client.py: a tuple's hash combines its items' hashes, and str hashes are salted per process (PYTHONHASHSEED), so the bucket sent to the task differs between replays.
from wmill import task, workflow


@task()
async def assign_bucket(tenant: str, region: str, bucket: int) -> str:
    return f"{tenant}/{region} -> {bucket}"


@workflow
async def main(tenant: str, region: str):
    bucket = hash((tenant, region)) % 32  # expect: WAC102
    return await assign_bucket(tenant, region, bucket)
