from wmill import task_flow, workflow

monthly = task_flow("f/etl/monthly")


@workflow
async def main():
    # `month` is required in the schema, which also gives it a default
    return await monthly(dry_run=False)
