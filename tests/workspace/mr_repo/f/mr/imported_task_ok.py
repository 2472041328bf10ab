from f.common.shared_tasks import load
from wmill import task, workflow


@task()
async def options(table: str) -> dict:
    return {"table": table}


@workflow
async def main(table: str):
    opts = await options(table)
    a = await load(**opts, dry_run=True)
    b = await load(**{"table": table, "limit": 1})
    c = await load(**opts)
    return [a, b, c]
