# SDK: wmill 1.850.0 client.py: a failed task is raised as TaskError (_task_error_from_marker), never as the ValueError the task's own code raised, so `except* ValueError` around the gather never runs.
import asyncio

from wmill import task, workflow


@task()
async def parse_invoice(doc_id: str) -> dict:
    if not doc_id:
        raise ValueError("empty id")
    return {"id": doc_id}


@task()
async def flag_for_review(doc_ids: list[str]) -> int:
    return len(doc_ids)


@workflow
async def main(doc_ids: list[str]):
    parsed: list[dict] = []
    try:
        parsed = list(await asyncio.gather(*(parse_invoice(d) for d in doc_ids)))
    except* ValueError:  # expect: WAC204
        print("some invoices were malformed")
    if len(parsed) < len(doc_ids):
        await flag_for_review(doc_ids)
    return parsed
