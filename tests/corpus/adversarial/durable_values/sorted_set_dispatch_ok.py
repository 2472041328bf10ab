# SDK: wmill 1.850.0 client.py _alloc_key: sorted() fixes the order, so the keys match on every replay; dict iteration keeps insertion order.
from wmill import task, workflow


@task()
async def notify_region(region: str) -> str:
    return region


@workflow
async def main(accounts: list[dict]):
    regions = {a["region"] for a in accounts}
    by_owner = {a["owner"]: a for a in accounts}
    sent = []
    for region in sorted(regions):
        sent.append(await notify_region(region))
    for owner in by_owner:
        sent.append(await notify_region(owner))
    return sent
