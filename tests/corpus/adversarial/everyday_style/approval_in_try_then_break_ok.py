# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the pass that asks for the "legal" approval breaks out of the loop right after it, so the key is allocated once per run.
from wmill import task, wait_for_approval, workflow


@task()
async def publish(doc_id: str) -> dict:
    return {"doc": doc_id, "live": True}


@workflow
async def main(doc_ids: list[str], legal_prefix: str = "legal/"):
    review = None
    for doc_id in doc_ids:
        if not doc_id.startswith(legal_prefix):
            continue
        try:
            review = await wait_for_approval(key="legal", timeout=86400)
            break
        except Exception:
            review = {"approved": False}
            break
    if review is not None and not review.get("approved"):
        return {"published": []}
    return {"published": [await publish(d) for d in doc_ids]}
