# SDK: wmill 1.850.0: `except BaseException: ...; raise` re-raises _StepSuspend unchanged; TaskError is what a failed task raises in the body
from wmill import TaskError, step, task, workflow


@task()
async def list_bookings(sailing_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.get(f"https://res.example-ferry.io/sailings/{sailing_id}/bookings")
        r.raise_for_status()
        return r.json()["bookings"]


@task()
async def refund(booking_ref: str, amount_cents: int) -> dict:
    import stripe
    import os

    stripe.api_key = os.environ["STRIPE_KEY"]
    rf = stripe.Refund.create(payment_intent=booking_ref, amount=amount_cents)
    return {"booking": booking_ref, "refund": rf.id, "status": rf.status}


@task()
async def send_sms(phone: str, text: str) -> None:
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        await client.post("https://sms.example-ferry.io/send", json={"to": phone, "text": text})


def open_message(sailing_id: str, reason: str) -> str:
    """Pure text builder despite the name."""
    return f"Sailing {sailing_id} is cancelled ({reason}). Your fare is refunded in full."


@workflow
async def main(sailing_id: str, reason: str):
    bookings = await list_bookings(sailing_id)
    text = open_message(sailing_id, reason)
    refunded, failed = [], []
    attempted = 0
    for b in sorted(bookings, key=lambda b: b["ref"]):
        attempted += 1
        try:
            refunded.append(await refund(b["ref"], b["paid_cents"]))
        except TaskError as err:
            failed.append({"ref": b["ref"], "error": str(err)})
            continue
        except BaseException:
            print(f"refund of {b['ref']} not finished in this round ({attempted}/{len(bookings)})")
            raise
        await send_sms(b["phone"], text)
    summary = await step("summary", lambda: {"refunded": len(refunded), "failed": len(failed)})
    return {**summary, "failures": failed}
