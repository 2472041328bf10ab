# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `enumerate(frozenset(...))` of strings follows the per-process hash order, so the i-th call goes to another tenant after a replay.
from wmill import task, workflow


@task()
async def migrate(tenant: str, slot: int) -> str:
    return f"{tenant}:{slot}"


@workflow
async def main(tenants: list[str]):
    done = []
    for slot, tenant in enumerate(frozenset(tenants)):  # expect: WAC105
        done.append(await migrate(tenant, slot))
    return done
