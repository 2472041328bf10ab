# SDK: wmill 1.850.0 client.py sleep(seconds): the workflow ctx runs int(seconds); "2h" raises ValueError.
from wmill import sleep, task, workflow


@task()
async def remind(user: str) -> bool:
    return True


@workflow
async def main(user: str):
    await sleep("2h")  # expect: WAC301
    return await remind(user)
