# SDK: wmill 1.850.0 idempotency keys derived from the inputs (f-string of drive id and pledge id) are task arguments, not step names; the charge happens in a task; a large pledge waits for approval with a literal key; results read right after their checkpoints
from decimal import Decimal

import stripe
import wmill
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

LARGE_PLEDGE = Decimal("1000")


@task(timeout=120)
async def charge(pledge_id: str, customer: str, amount_cents: int, idempotency_key: str) -> dict:
    stripe.api_key = wmill.get_variable("f/radio/stripe_secret")
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer,
        confirm=True,
        metadata={"pledge": pledge_id},
        idempotency_key=idempotency_key,
    )
    return {"id": intent.id, "status": intent.status}


@task()
async def notify_gm(drive_id: str, pledge_id: str, amount: str, page: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post(
            wmill.get_variable("f/radio/gm_webhook"),
            json={"text": f"Drive {drive_id}: pledge {pledge_id} for ${amount} needs approval {page}"},
        )


@task()
async def thank_you(customer: str, amount: str, gift: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://mail.kxrd.example/send", json={"to": customer, "template": "thanks", "amount": amount, "gift": gift})


def gift_for(amount: Decimal) -> str:
    if amount >= 500:
        return "vinyl box set"
    if amount >= 120:
        return "station hoodie"
    return "tote bag" if amount >= 60 else "sticker"


@workflow
async def main(drive_id: str, pledge_id: str, customer: str, amount: str):
    value = Decimal(amount)
    cents = int(value * 100)
    key = f"{drive_id}:{pledge_id}"

    if value >= LARGE_PLEDGE:
        urls = await step("gm_urls", get_resume_urls)
        await notify_gm(drive_id, pledge_id, str(value), urls["approvalPage"])
        verdict = await wait_for_approval(timeout=86400)
        if not verdict["approved"]:
            return {"pledge": pledge_id, "charged": False}

    payment = await charge(pledge_id, customer, cents, key)
    if payment["status"] != "succeeded":
        return {"pledge": pledge_id, "charged": False, "status": payment["status"]}

    await thank_you(customer, str(value), gift_for(value))
    return {"pledge": pledge_id, "charged": True, "payment": payment["id"], "gift": gift_for(value)}
