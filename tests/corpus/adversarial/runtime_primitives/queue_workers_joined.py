# SDK: wmill 1.850.0 client.py: each worker's task call raises _StepSuspend inside an asyncio Task nobody awaits; the workers die with it, the last item is never taken and q.join() waits forever (run against _run_workflow_async: the round never returns).
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
        while True:
            lead_id = await queue.get()
            try:
                enriched.append(await enrich(lead_id))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(concurrency)]  # expect: WAC106
    await queue.join()
    for w in workers:
        w.cancel()
    return enriched
