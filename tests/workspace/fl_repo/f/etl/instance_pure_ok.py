from wmill import task, workflow

from f.common.api import client


@task()
async def fetch(path: str) -> dict:
    return client.get(path)


@workflow
async def main(path: str):
    doc = await fetch(client.url(path))
    return doc
