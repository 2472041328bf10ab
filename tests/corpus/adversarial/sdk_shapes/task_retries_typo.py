# SDK: wmill 1.850.0 client.py task() takes `retry={"attempts": n}`, not `retries=`: an unknown keyword is a TypeError at decoration.
from wmill import task, workflow


@task(retries=3)  # expect: WAC302
async def flaky_call(url: str) -> int:
    return 200


@workflow
async def main(url: str):
    return await flaky_call(url)
