# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the loop body raises right after the approval when it is rejected and returns when it is approved, so "wire-transfer" is allocated once.
from wmill import task, wait_for_approval, workflow


@task()
async def send_wire(account: str, cents: int) -> dict:
    return {"account": account, "cents": cents}


@workflow
async def main(transfers: list[dict]):
    for t in transfers:
        if t["cents"] < 1_000_000:
            continue
        decision = await wait_for_approval(key="wire-transfer", timeout=86400)
        if decision.get("approved"):
            return await send_wire(t["account"], t["cents"])
        raise RuntimeError(f"wire to {t['account']} rejected")
    return None
