# SDK: wmill 1.850.0 client.py: task_script takes timeout / tag / cache_ttl / priority / concurrency options, parallel a keyword-only `concurrency`, wait_for_approval a `description` (str or dict) and `form`.
"""Document review ported from Prefect / DBOS / Temporal, with the SDK's own option names."""

from wmill import parallel, step, task, task_script, wait_for_approval, workflow

summarize = task_script("f/docs/summarize", timeout=600, tag="llm", cache_ttl=3600)


@task(retry={"attempts": 3, "delay": 5})
async def ocr(doc_id: str) -> dict:
    return {"doc_id": doc_id, "text": "..."}


def load_manifest(batch_id: str) -> list[str]:
    return [f"{batch_id}-{i}" for i in range(3)]


@workflow
async def main(batch_id: str):
    doc_ids = await step("manifest", lambda: load_manifest(batch_id))
    pages = await parallel(doc_ids, ocr, concurrency=4)
    summary = await summarize(pages=pages)
    decision = await wait_for_approval(
        timeout=86400,
        description={"markdown": "Publish this summary?"},
        form={"type": "object", "properties": {"note": {"type": "string"}}},
    )
    return {"summary": summary, "approved": decision.get("approved")}
