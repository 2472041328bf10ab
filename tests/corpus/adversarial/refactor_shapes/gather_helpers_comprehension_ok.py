# SDK: wmill 1.850.0 client.py helpers awaiting tasks can be gathered; the coroutines are created in list order, so keys are allocated the same way each replay.
import asyncio

from wmill import task, workflow


@task()
async def fetch(url: str) -> str:
    return url


@task()
async def parse(body: str) -> dict:
    return {"len": len(body)}


async def fetch_and_parse(url: str) -> dict:
    body = await fetch(url)
    return await parse(body)


@workflow
async def main(urls: list):
    return await asyncio.gather(*[fetch_and_parse(u) for u in urls])
