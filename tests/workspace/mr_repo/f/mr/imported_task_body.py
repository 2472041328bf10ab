from f.common.shared_tasks import load
from wmill import task, workflow


@task()
async def options(table: str) -> dict:
    return {"table": table}


@workflow
async def main(table: str):
    opts = await options(table)
    a = await load(**opts, dryrun=True)  # expect: WAC402
    b = await load(**{"table": table, "limt": 1})  # expect: WAC402
    c = await load(tabel=table)  # expect: WAC402
    return [a, b, c]
