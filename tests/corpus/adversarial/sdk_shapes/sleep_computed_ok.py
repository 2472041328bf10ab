# SDK: wmill 1.850.0 client.py sleep(seconds): an int computed from inputs (hours * 3600) is what it takes.
from wmill import sleep, task, workflow


@task()
async def remind(user: str) -> bool:
    return True


@workflow
async def main(user: str, hours: int = 2):
    await sleep(hours * 3600)
    return await remind(user)
