# SDK: wmill 1.850.0 client.py: wait_for_approval suspends at once (_wait_for_approval raises _StepSuspend) or returns the recorded answer; asyncio.timeout around it never expires in the round, so the TimeoutError branch is dead
import asyncio

from wmill import task, wait_for_approval, workflow


@task()
async def reroute(shipment_id: str, depot: str) -> dict:
    import httpx

    return httpx.post(f"https://tms.internal/shipments/{shipment_id}/reroute", json={"depot": depot}, timeout=30).json()


@task()
async def notify_customer(shipment_id: str, message: str) -> None:
    import httpx

    httpx.post("https://notify.internal/sms", json={"shipment": shipment_id, "text": message}, timeout=15)


@workflow
async def main(shipment_id: str, fallback_depot: str):
    await notify_customer(shipment_id, "Your parcel could not be delivered. Reply to choose a pickup point.")
    try:
        async with asyncio.timeout(6 * 3600):
            choice = await wait_for_approval(timeout=24 * 3600, form={"depot": {"type": "string"}})
    except TimeoutError:  # expect: WAC204
        choice = {"approved": True, "value": {"depot": fallback_depot}}
    depot = (choice.get("value") or {}).get("depot") or fallback_depot
    res = await reroute(shipment_id, depot)
    return {"shipment": shipment_id, "depot": depot, "eta": res.get("eta")}
