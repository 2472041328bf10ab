# SDK: wmill 1.850.0 client.py a coroutine function defined in the body that awaits tasks, mapped and gathered, awaits every task in list order.
import asyncio

from wmill import task, workflow


@task()
async def enrich(item: str) -> dict:
    return {"item": item}


@workflow
async def main(items: list):
    async def process(item: str) -> dict:
        data = await enrich(item)
        return {**data, "ok": True}

    return await asyncio.gather(*map(process, items))
