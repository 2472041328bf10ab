# SDK: wmill 1.850.0 client.py _alloc_key: the guide says not to generate step names; a %-formatted name per region is one.
from wmill import step, workflow


def quota(region: str) -> int:
    return len(region) * 100


@workflow
async def main(regions: list[str]):
    out = {}
    for region in regions:
        out[region] = await step("quota_%s" % region, lambda: quota(region))  # expect: WAC103
    return out
