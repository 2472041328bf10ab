# SDK: wmill 1.850.0 a seeded faker (Faker.seed_instance with an input) in the body is reproducible; decorators of the file that only log; TaskError narrow around one charge
import functools
import logging

from faker import Faker
import stripe
import wmill
from wmill import TaskError, task, workflow

log = logging.getLogger("renewals")


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.debug("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@logged
def price_cents(tier: str, early: bool) -> int:
    base = {"local": 39900, "regional": 64900, "epic": 89900}[tier]
    return base - (5000 if early else 0)


@task()
async def charge_holder(customer_id: str, cents: int, idempotency_key: str) -> dict:
    stripe.api_key = wmill.get_variable("f/billing/stripe_key")
    pi = stripe.PaymentIntent.create(
        amount=cents, currency="usd", customer=customer_id, confirm=True, idempotency_key=idempotency_key
    )
    return {"id": pi.id, "status": pi.status}


@task()
async def send_receipt(email: str, cents: int, promo: str) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.post("https://mail.resort.example/receipts", json={"to": email, "cents": cents, "promo": promo})


@workflow
async def main(holders: list[dict], season: str, early: bool = True):
    fake = Faker()
    fake.seed_instance(season)
    results = []
    for h in holders:
        cents = price_cents(h["tier"], early)
        key = f"renew-{season}-{h['customer_id']}"
        promo = fake.bothify("SKI-####-??").upper()
        try:
            charge = await charge_holder(h["customer_id"], cents, key)
        except TaskError as e:
            results.append({"customer": h["customer_id"], "ok": False, "error": e.result["error"]["name"]})
            continue
        await send_receipt(h["email"], cents, promo)
        results.append({"customer": h["customer_id"], "ok": True, "charge": charge["id"], "promo": promo})
    return results
