# SDK: wmill 1.850.0 client.py: asyncio.sleep(0) only yields to the event loop inside this round; it holds no worker and waits for no time, so nothing about it changes between replays.
import asyncio

from wmill import task, workflow


@task()
async def index_document(doc_id: str) -> bool:
    return True


@workflow
async def main(doc_ids: list[str]):
    indexed = []
    for doc_id in doc_ids:
        indexed.append(await index_document(doc_id))
        await asyncio.sleep(0)
    return {"indexed": sum(indexed)}
