# SDK: wmill 1.850.0 client.py: every round is a new process and a set of str iterates in salted-hash order, so set.pop() returns another region on a replay while the recorded "promote" step belongs to the first one.
from wmill import task, workflow


@task()
async def promote(region: str) -> str:
    return f"{region} is primary"


@task()
async def demote(region: str) -> str:
    return f"{region} is replica"


@workflow
async def main(regions: list[str]):
    pending = set(regions)
    primary = pending.pop()  # expect: WAC105
    result = [await promote(primary)]
    for region in sorted(pending):
        result.append(await demote(region))
    return result
