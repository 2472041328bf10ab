# SDK: wmill 1.850.0 _alloc_key names steps/approvals from the key; a uuid1 or a time_ns read in the body differs on every replay round
import time
import uuid

from wmill import step, task, wait_for_approval, workflow

TRACE_API = "https://trace.orchard.internal/v1"


@task()
async def register_lot(block: str, bins: int, trace_id: str) -> dict:
    import httpx

    r = httpx.post(f"{TRACE_API}/lots", json={"block": block, "bins": bins, "trace": trace_id})
    return r.json()


@task()
async def notify_buyer(buyer: str, lots: list[str]) -> None:
    import httpx

    httpx.post(f"{TRACE_API}/buyers/{buyer}/notify", json={"lots": lots})


@workflow
async def main(buyer: str, blocks: dict[str, int]):
    registered: dict[int, str] = {}
    for block, bins in sorted(blocks.items()):
        trace_id = await step("trace_id", lambda: str(uuid.uuid4()))
        lot = await register_lot(block=block, bins=bins, trace_id=trace_id)
        registered[time.time_ns()] = lot["lot_id"]  # expect: WAC102
    batch = uuid.uuid1().hex[:8]  # expect: WAC102
    approval = await wait_for_approval(timeout=7200, key=f"buyer_release_{batch}")  # expect: WAC103
    if approval["approved"]:
        await notify_buyer(buyer=buyer, lots=[registered[k] for k in sorted(registered)])
    return {"lots": list(registered.values())}
