# SDK: wmill 1.850.0 wait_for_approval(timeout, form, self_approval, key, skin, description) -> {"value", "approver", "approved"}; get_approval_urls(step_key) in a step
"""Refund desk: refunds above a threshold wait for a finance approval with a form for the approved amount."""
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

REFUND_FORM = {
    "schema": {
        "type": "object",
        "properties": {
            "amount_cents": {"type": "integer", "description": "Amount to refund"},
            "note": {"type": "string"},
        },
        "required": ["amount_cents"],
    }
}


@task()
async def post_to_finance(order_id: str, amount_cents: int, link: str) -> None:
    import httpx
    import wmill

    hook = wmill.get_variable("f/fin/refunds_webhook")
    httpx.post(hook, json={"text": f"Refund {amount_cents / 100:.2f} for {order_id}: {link}"})


@task()
async def refund(order_id: str, amount_cents: int) -> dict:
    import stripe
    import wmill

    stripe.api_key = wmill.get_variable("f/fin/stripe_key")
    r = stripe.Refund.create(payment_intent=order_id, amount=amount_cents)
    return {"id": r.id, "status": r.status}


@workflow
async def main(order_id: str, amount_cents: int, threshold_cents: int = 50_000):
    if amount_cents > threshold_cents:
        urls = await step("finance_urls", lambda: get_approval_urls("finance"))
        await post_to_finance(order_id, amount_cents, urls["approvalPage"])
        decision = await wait_for_approval(
            key="finance",
            timeout=2 * 24 * 3600,
            form=REFUND_FORM,
            skin="detailed",
            description={"markdown": f"**Refund** for `{order_id}`: {amount_cents / 100:.2f}"},
        )
        if not decision["approved"]:
            return {"order": order_id, "refunded": False, "by": decision["approver"]}
        amount_cents = int(decision["value"].get("amount_cents", amount_cents))
    return {"order": order_id, **await refund(order_id, amount_cents)}
