# SDK: wmill 1.850.0 client.py sleep(seconds) is the durable wait; asyncio.sleep in the @workflow body holds the worker and waits again on replay.
import asyncio

from wmill import task, workflow


@task()
async def trigger_crawl(site: str) -> str:
    return f"crawl-{site}"


@task()
async def crawl_status(crawl_id: str) -> str:
    return "done"


@workflow
async def main(site: str):
    crawl_id = await trigger_crawl(site)
    while (status := await crawl_status(crawl_id)) != "done":
        await asyncio.sleep(30)  # expect: WAC101
    return {"crawl": crawl_id, "status": status}
