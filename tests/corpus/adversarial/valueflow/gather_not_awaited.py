# SDK: wmill 1.850.0 client.py: an un-awaited asyncio.gather runs the _suspend coroutines as loop tasks whose _StepSuspend nobody retrieves.
import asyncio

from wmill import task, workflow


@task()
async def purge_cdn(path: str) -> bool:
    return True


@task()
async def publish(article_id: str) -> dict:
    return {"id": article_id, "published": True}


@workflow
async def main(article_id: str, paths: list[str]):
    result = await publish(article_id)
    asyncio.gather(*(purge_cdn(p) for p in paths))  # expect: WAC106
    return result
