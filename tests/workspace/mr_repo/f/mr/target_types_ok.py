from wmill import task_script, workflow

load = task_script("f/mr/targets/load_rows")


@workflow
async def main(table: str, options: dict):
    first = await load(table=table, limit=5, dry_run=True)
    second = await load(table=table, **options)
    third = await load(**options)
    return [first, second, third]
