# SDK: wmill 1.850.0 client.py: stripe's StripeObject subclasses dict, so json.dumps writes it as a JSON object and the body reads it by key.
import stripe
from wmill import task, workflow


@task()
async def create_customer(email: str, full_name: str):
    return stripe.Customer.create(email=email, name=full_name)


@task()
async def attach_plan(customer_id: str, price_id: str) -> str:
    sub = stripe.Subscription.create(customer=customer_id, items=[{"price": price_id}])
    return sub["id"]


@workflow
async def main(email: str, full_name: str, price_id: str):
    customer = await create_customer(email, full_name)
    return {"customer": customer["id"], "subscription": await attach_plan(customer["id"], price_id)}
