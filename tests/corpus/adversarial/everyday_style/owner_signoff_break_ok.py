# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the key is allocated once per call; the loop breaks right after the approval, so "owner-signoff" is used at most once per run.
from wmill import task, wait_for_approval, workflow


@task()
async def publish(doc_id: str) -> dict:
    return {"doc": doc_id, "published": True}


@workflow
async def main(doc_id: str, reviewers: list[str], owner: str):
    decision = None
    for reviewer in reviewers:
        if reviewer == owner:
            decision = await wait_for_approval(key="owner-signoff", timeout=86400)
            break
    if decision is not None and not decision.get("approved"):
        return {"doc": doc_id, "published": False}
    return await publish(doc_id)
