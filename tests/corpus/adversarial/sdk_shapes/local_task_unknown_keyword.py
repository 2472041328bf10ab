# SDK: wmill 1.850.0 client.py task(): the child job calls the function with the keywords given; an unknown one is a TypeError there.
from wmill import task, workflow


@task()
async def resize(url: str, width: int) -> dict:
    return {"url": url, "width": width}


@workflow
async def main(url: str):
    return await resize(url=url, width=256, height=256)  # expect: WAC402
