from wmill import task_flow, workflow

nightly = task_flow("f/nr/nightly_ok")
weekly = task_flow("f/nr/weekly_ok")


@workflow
async def main(table: str, bucket: str):
    a = await nightly(table=table, batch=10)
    b = await weekly(bucket=bucket)
    return [a, b]
