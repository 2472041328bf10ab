# SDK: wmill 1.850.0 client.py workflow(func) takes the function itself: `@workflow()` calls it with no argument (TypeError at import).
from wmill import task, workflow


@task()
async def archive(bucket: str, prefix: str) -> int:
    return 42


@workflow()  # expect: WAC005
async def main(bucket: str, prefixes: list[str]):
    archived = 0
    for prefix in prefixes:
        archived += await archive(bucket, prefix)
    return {"archived": archived}
