# Pull contacts from three sources at the same time, then merge and upsert
# them into HubSpot.
import asyncio

from wmill import task, workflow
import requests


@task(timeout=300)
async def fetch_stripe_customers(since: str) -> list:
    return requests.get("https://api.stripe.example/v1/customers", params={"created[gte]": since}, timeout=60).json()["data"]


@task(timeout=300)
async def fetch_intercom_users(since: str) -> list:
    return requests.get("https://api.intercom.example/users", params={"updated_since": since}, timeout=60).json()["users"]


@task(timeout=300)
async def fetch_webinar_signups(since: str) -> list:
    return requests.get("https://webinars.example/api/signups", params={"since": since}, timeout=60).json()


@task(timeout=900)
async def merge_contacts(stripe: list, intercom: list, webinar: list) -> list:
    by_email = {}
    for source in (stripe, intercom, webinar):
        for c in source:
            email = (c.get("email") or "").lower()
            if email:
                by_email.setdefault(email, {}).update(c)
    return list(by_email.values())


@task(timeout=900)
async def upsert_hubspot(contacts: list) -> int:
    for batch_start in range(0, len(contacts), 100):
        requests.post(
            "https://api.hubapi.example/crm/v3/objects/contacts/batch/upsert",
            json={"inputs": contacts[batch_start : batch_start + 100]},
            timeout=60,
        ).raise_for_status()
    return len(contacts)


@workflow
async def main(since: str):
    stripe, intercom, webinar = await asyncio.gather(
        fetch_stripe_customers(since),
        fetch_intercom_users(since),
        fetch_webinar_signups(since),
    )
    contacts = await merge_contacts(stripe, intercom, webinar)
    count = await upsert_hubspot(contacts)
    return {"upserted": count}
