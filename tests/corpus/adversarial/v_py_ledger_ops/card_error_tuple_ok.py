# SDK: wmill 1.850.0: a failed task raises TaskError with result {"error": {"name", "message"}}; a handler tuple naming TaskError catches it
"""Subscription renewal: a declined card is caught (TaskError in the handler tuple) and the customer is emailed."""
import stripe
from wmill import TaskError, task, workflow


@task()
async def charge(customer_id: str, amount_cents: int) -> dict:
    import wmill

    stripe.api_key = wmill.get_variable("f/billing/stripe_key")
    pi = stripe.PaymentIntent.create(customer=customer_id, amount=amount_cents, currency="usd", confirm=True, off_session=True)
    return {"id": pi.id, "status": pi.status}


@task()
async def email_declined(customer_id: str, reason: str) -> None:
    import httpx
    import wmill

    pm = wmill.get_resource("f/mail/postmark")
    httpx.post("https://api.postmarkapp.com/email/withTemplate", headers={"X-Postmark-Server-Token": pm["token"]},
               json={"TemplateAlias": "card-declined", "To": customer_id, "TemplateModel": {"reason": reason}})


@workflow
async def main(customer_id: str, amount_cents: int):
    try:
        payment = await charge(customer_id, amount_cents)
    except (TaskError, stripe.error.CardError) as e:
        reason = e.result["error"]["message"] if isinstance(e, TaskError) and e.result else str(e)
        await email_declined(customer_id, reason)
        return {"renewed": False, "reason": reason}
    return {"renewed": payment["status"] == "succeeded", "payment": payment["id"]}
