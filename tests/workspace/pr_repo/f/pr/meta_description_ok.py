from wmill import task, workflow


@task()
async def archive(bucket: str, days: int) -> dict:
    return {"bucket": bucket, "days": days}


@workflow
async def main(bucket: str, days: int = 30):
    return await archive(bucket=bucket, days=days)
