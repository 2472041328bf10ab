from wmill import task_script, workflow

cleanup = task_script("f/nr/targets/cleanup")


@workflow
async def main(bucket: str):
    first = await cleanup(bucket=bucket, day=7)  # expect: WAC402
    second = await cleanup(bucket=bucket, older_than="7")  # expect: WAC402
    third = await cleanup(days=7)  # expect: WAC402
    return [first, second, third]
