# SDK: wmill 1.850.0 client.py: the workers are gathered, so the first suspension reaches the runner; keys enrich, enrich_2, ... follow the queue's order, the same in every replay (run with a replay driver over _run_workflow_async: one task per round, all results).
import asyncio

from wmill import task, workflow


@task()
async def enrich(lead_id: str) -> dict:
    return {"lead": lead_id, "score": 0.8}


@workflow
async def main(lead_ids: list[str], concurrency: int = 3):
    queue: asyncio.Queue[str] = asyncio.Queue()
    for lead_id in lead_ids:
        queue.put_nowait(lead_id)
    enriched: list[dict] = []

    async def worker() -> None:
        while not queue.empty():
            lead_id = queue.get_nowait()
            enriched.append(await enrich(lead_id))

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return enriched
