# SDK: wmill 1.850.0 wait_for_approval returns the checkpointed dict {"value", "approver", "approved"}; mapping patterns with guards match it the same way every round
from wmill import task, wait_for_approval, workflow

AUTO_LIMIT = 5_000


@task()
async def create_po(vendor: str, amount: int, approver: str) -> str:
    import requests

    resp = requests.post(
        "https://erp.internal/api/purchase-orders",
        json={"vendor": vendor, "amount": amount, "approved_by": approver},
        timeout=20,
    )
    return resp.json()["po_number"]


@task()
async def notify_requester(requester: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": requester, "text": text}, timeout=10)


@workflow
async def main(vendor: str, amount: int, requester: str):
    if amount <= AUTO_LIMIT:
        po = await create_po(vendor, amount, "auto")
        return {"po": po}
    decision = await wait_for_approval(
        timeout=86_400,
        form={"type": "object", "properties": {"amount": {"type": "integer"}}},
    )
    match decision:
        case {"approved": True, "value": {"amount": int(final)}, "approver": who} if final <= amount:
            po = await create_po(vendor, final, who)
            await notify_requester(requester, f"PO {po} approved for {final}")
            return {"po": po}
        case {"approved": True, "approver": who}:
            po = await create_po(vendor, amount, who)
            return {"po": po}
        case _:
            await notify_requester(requester, "purchase order rejected")
            return {"po": None}
