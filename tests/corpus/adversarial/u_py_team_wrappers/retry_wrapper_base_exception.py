# SDK: wmill 1.850.0 _StepSuspend derives from BaseException; a helper that catches BaseException and returns a fallback turns the first dispatch of the task into "None" and the workflow completes
import logging

from wmill import sleep, task, workflow

log = logging.getLogger("crm-sync")


async def with_retries(fn, *args, attempts: int = 3, fallback=None):
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args)
        except BaseException as err:
            log.warning("attempt %d failed: %r", attempt, err)
            await sleep(30 * attempt)
    return fallback


@task(timeout=300)
async def pull_contacts(list_id: str) -> list[dict]:
    import hubspot

    api = hubspot.HubSpot(access_token="from-resource")
    page = api.crm.contacts.basic_api.get_page(limit=100, properties=["email", "lifecyclestage"])
    return [c.to_dict()["properties"] for c in page.results]


@task(timeout=300)
async def upsert_contacts(rows: list[dict]) -> int:
    import requests

    resp = requests.post("https://api.intercom.io/contacts/bulk", json={"contacts": rows}, timeout=60)
    resp.raise_for_status()
    return len(rows)


@workflow
async def main(list_id: str):
    contacts = await with_retries(pull_contacts, list_id, fallback=[])  # expect: WAC201
    synced = await with_retries(upsert_contacts, contacts, attempts=5, fallback=0)  # expect: WAC201
    return {"synced": synced}
