# SDK: wmill 1.850.0 client.py _alloc_key: keys follow call order; iterating a set of strings (hash-salted per process) reorders the calls between replays.
from wmill import task, workflow


@task()
async def notify_region(region: str) -> str:
    return region


@workflow
async def main(accounts: list[dict]):
    regions = {a["region"] for a in accounts}
    sent = []
    for region in regions:  # expect: WAC105
        sent.append(await notify_region(region))
    return sent
