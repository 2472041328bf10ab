# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `Counter(set(...))` keeps the set's per-process order, so `most_common()` ties (all counts are 1) dispatch in another order after a replay.
from collections import Counter

from wmill import task, workflow


@task()
async def page(owner: str) -> str:
    return owner


@workflow
async def main(alerts: list[dict]):
    owners = Counter({a["owner"] for a in alerts})
    sent = []
    for owner, _ in owners.most_common():  # expect: WAC105
        sent.append(await page(owner))
    return sent
