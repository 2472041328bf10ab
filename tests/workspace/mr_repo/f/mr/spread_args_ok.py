from wmill import task, task_script, workflow

load = task_script("f/mr/targets/load_rows")


@task()
async def defaults(table: str) -> dict:
    return {"table": table, "limit": 10}


@workflow
async def main(table: str):
    options = await defaults(table)
    a = await load(**options, dry_run=True)
    b = await load(**{"table": table, "limit": 5})
    c = await load(**options)
    return [a, b, c]
