# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the `while True` loop returns in the same pass that asks for the approval, so the key "final" is allocated once.
from wmill import sleep, task, wait_for_approval, workflow


@task()
async def build_status(build_id: str) -> str:
    return "done"


@workflow
async def main(build_id: str):
    while True:
        status = await build_status(build_id)
        if status != "done":
            await sleep(60)
            continue
        decision = await wait_for_approval(key="final", timeout=3600)
        return {"build": build_id, "approved": decision.get("approved", False)}
