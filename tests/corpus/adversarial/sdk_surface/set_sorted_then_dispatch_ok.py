# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; the set is sorted before dispatch, and the set iterated afterwards only feeds a membership count.
from wmill import task, workflow


@task()
async def migrate(tenant: str) -> str:
    return tenant


@workflow
async def main(tenants: list[str], skip: list[str]):
    unique = set(tenants) - set(skip)
    done = [await migrate(t) for t in sorted(unique)]
    skipped = sum(1 for t in set(skip) if t in set(tenants))
    return {"done": done, "skipped": skipped}
