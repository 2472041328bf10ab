# SDK: wmill 1.850.0 parallel(items, fn) calls fn(item) in the workflow body (gather over fn(item)); only a @task fn is dispatched as a step
"""Month-end: charge every subscription, then mail the receipts."""
from wmill import parallel, task, workflow


@task(timeout=300)
async def charge_subscription(subscription_id: str) -> dict:
    import stripe

    invoice = stripe.Invoice.pay(stripe.Invoice.upcoming(subscription=subscription_id)["id"])
    return {"subscription": subscription_id, "invoice": invoice["id"], "email": invoice["customer_email"], "total": invoice["total"]}


async def mail_receipt(charge: dict) -> str:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"] = charge["email"]
    msg["Subject"] = f"Receipt {charge['invoice']}"
    msg.set_content(f"We charged {charge['total'] / 100:.2f} EUR.")
    with smtplib.SMTP("smtp.internal.example", 587) as smtp:
        smtp.send_message(msg)
    return charge["invoice"]


@workflow
async def main(subscription_ids: list[str]):
    charges = await parallel(subscription_ids, charge_subscription, concurrency=10)
    mailed = await parallel(charges, mail_receipt, concurrency=10)  # expect: WAC101
    return {"charged": len(charges), "mailed": mailed}
