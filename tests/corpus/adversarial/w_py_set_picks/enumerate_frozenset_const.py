# SDK: wmill 1.850.0 client.py — a module frozenset of str iterates in salted-hash order; enumerate() keeps that order, so rotate_keys gets keys in a different region order on replay
from wmill import task, workflow

REGIONS = frozenset({"eu-west-1", "eu-central-1", "us-east-1", "ap-southeast-2"})


@task()
async def rotate_keys(region: str, wave: int) -> dict:
    import boto3

    kms = boto3.client("kms", region_name=region)
    keys = kms.list_aliases()["Aliases"]
    return {"region": region, "wave": wave, "aliases": len(keys)}


@workflow
async def main(dry_run: bool = True):
    out = []
    for wave, region in enumerate(REGIONS):  # expect: WAC105
        if dry_run:
            out.append({"region": region, "wave": wave})
            continue
        out.append(await rotate_keys(region, wave))
    return out
