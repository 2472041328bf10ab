# SDK: wmill 1.850.0 client.py — wait_for_approval(timeout=...) is "Approval timeout in seconds" and _wait_for_approval puts it into the suspension as given: 72h written in ms waits ~8 years
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

APPROVAL_WINDOW_MS = 72 * 60 * 60 * 1000


@task()
async def quote_refund(order_id: str) -> dict:
    import httpx

    return httpx.get(f"https://orders.example.com/api/orders/{order_id}/refund-quote").json()


@task()
async def send_for_review(urls: dict, quote: dict, reviewer: str) -> None:
    import httpx

    httpx.post(
        "https://chat.example.com/api/messages",
        json={"to": reviewer, "text": f"Refund {quote['amount']} — approve: {urls['approvalPage']}"},
    )


@task()
async def issue_refund(order_id: str, amount: int) -> str:
    import httpx

    return httpx.post(f"https://orders.example.com/api/orders/{order_id}/refund", json={"amount": amount}).json()["id"]


@workflow
async def main(order_id: str, reviewer: str):
    quote = await quote_refund(order_id)
    urls = await step("resume_urls", lambda: get_resume_urls())
    await send_for_review(urls, quote, reviewer)
    decision = await wait_for_approval(timeout=APPROVAL_WINDOW_MS)  # expect: WAC302
    if not decision.get("approved"):
        return {"refunded": False}
    return {"refunded": True, "refund_id": await issue_refund(order_id, quote["amount"])}
