# SDK: wmill 1.850.0 a failed task raises TaskError; the KeyError here comes from the body's own subscript of the (checkpointed) charge result, so both handlers are reachable
from wmill import TaskError, task, workflow


@task()
async def charge(customer_id: str, amount_cents: int, idempotency_key: str) -> dict:
    import stripe

    intent = stripe.PaymentIntent.create(
        customer=customer_id,
        amount=amount_cents,
        currency="usd",
        confirm=True,
        idempotency_key=idempotency_key,
    )
    return {"id": intent["id"], "status": intent["status"], "charges": intent.get("latest_charge")}


@task()
async def email_receipt(customer_id: str, receipt_id: str) -> None:
    import requests

    requests.post(
        "https://api.postmarkapp.com/email/withTemplate",
        json={"TemplateAlias": "receipt", "To": customer_id, "TemplateModel": {"receipt": receipt_id}},
        timeout=15,
    )


@task()
async def flag_for_review(customer_id: str, reason: str) -> None:
    import requests

    requests.post("https://ops.internal/api/review-queue", json={"customer": customer_id, "reason": reason}, timeout=10)


@workflow
async def main(customer_id: str, amount_cents: int, order_id: str):
    try:
        result = await charge(customer_id, amount_cents, f"order-{order_id}")
        receipt_id = result["charges"]["receipt"]
    except (TaskError, KeyError, TypeError) as err:
        await flag_for_review(customer_id, f"charge incomplete: {err}")
        return {"charged": False}
    await email_receipt(customer_id, receipt_id)
    return {"charged": True, "payment": result["id"]}
