# SDK: wmill 1.850.0 client.py: step(name, fn) takes no `retries`, parallel(items, fn, *, concurrency) no `max_concurrency`, task_script(path, *, timeout, tag, ...) no `retries`, wait_for_approval(...) no `message`: each raises TypeError (unexpected keyword argument).
"""Document review ported from Prefect / DBOS / Temporal, keeping their option names."""

from wmill import parallel, step, task, task_script, wait_for_approval, workflow

summarize = task_script("f/docs/summarize", timeout=600, retries=2)  # expect: WAC302


@task()
async def ocr(doc_id: str) -> dict:
    return {"doc_id": doc_id, "text": "..."}


def load_manifest(batch_id: str) -> list[str]:
    return [f"{batch_id}-{i}" for i in range(3)]


@workflow
async def main(batch_id: str):
    doc_ids = await step("manifest", lambda: load_manifest(batch_id), retries=3)  # expect: WAC302
    pages = await parallel(doc_ids, ocr, max_concurrency=4)  # expect: WAC302
    summary = await summarize(pages=pages)
    decision = await wait_for_approval(timeout=86400, message="Publish this summary?")  # expect: WAC302
    return {"summary": summary, "approved": decision.get("approved")}
