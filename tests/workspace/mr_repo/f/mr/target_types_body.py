from wmill import task_script, workflow

load = task_script("f/mr/targets/load_rows")


@workflow
async def main(table: str):
    first = await load(table=table, limit="100")  # expect: WAC402
    second = await load(table=table, dry_run="no")  # expect: WAC402
    third = await load(limit=5)  # expect: WAC402
    return [first, second, third]
