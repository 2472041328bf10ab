# SDK: wmill 1.850.0 client.py sleep(seconds): the workflow ctx runs int(seconds), so the string "15" (e.g. from a form) is 15 seconds.
from wmill import sleep, task, workflow


@task()
async def ping(host: str) -> bool:
    return True


@workflow
async def main(host: str, delay: str = "15"):
    await sleep(int(delay))
    await sleep("15")
    return await ping(host)
