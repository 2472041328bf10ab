# SDK: wmill 1.850.0 client.py — wait_for_approval timeout in seconds (int), sleep(seconds) with a float from ms / 1000 (_sleep sends max(1, int(seconds)))
from datetime import timedelta

from wmill import get_resume_urls, sleep, step, task, wait_for_approval, workflow

APPROVAL_WINDOW = timedelta(hours=72)
COOLDOWN_MS = 45_000


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
    decision = await wait_for_approval(timeout=int(APPROVAL_WINDOW.total_seconds()))
    if not decision.get("approved"):
        return {"refunded": False}
    await sleep(COOLDOWN_MS / 1000)
    return {"refunded": True, "refund_id": await issue_refund(order_id, quote["amount"])}
