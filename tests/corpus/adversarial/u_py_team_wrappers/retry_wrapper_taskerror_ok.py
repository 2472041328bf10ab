# SDK: wmill 1.850.0 TaskError(Exception) is what a failed task raises on replay; _StepSuspend is a BaseException, so `except TaskError` lets the suspension through; sleep() is durable
import logging

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("crm-sync")


async def with_retries(fn, /, *args, attempts: int = 3, backoff_s: int = 30, **kwargs):
    """Platform team helper: retry a task on failure with a durable backoff."""
    last: TaskError | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except TaskError as err:
            last = err
            log.warning("attempt %d of %s failed: %s", attempt, getattr(fn, "__name__", fn), err)
            if attempt < attempts:
                await sleep(backoff_s * attempt)
    assert last is not None
    raise last


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
    contacts = await with_retries(pull_contacts, list_id)
    synced = await with_retries(upsert_contacts, contacts, attempts=5, backoff_s=60)
    return {"synced": synced}
