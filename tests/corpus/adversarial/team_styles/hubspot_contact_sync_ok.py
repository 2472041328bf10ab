# SDK: wmill 1.850.0 client.py: a task runs as its own job, once, and is replayed from the checkpoint; the module-level session is only used inside tasks.
import logging
from typing import Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from wmill import task, workflow

log = logging.getLogger("crm.sync")

HUBSPOT = "https://api.hubapi.com"
SESSION = requests.Session()
SESSION.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))


def _hubspot(path: str, token: str, **params) -> dict:
    resp = SESSION.get(f"{HUBSPOT}{path}", headers={"Authorization": f"Bearer {token}"}, params=params, timeout=20)
    resp.raise_for_status()
    return resp.json()


@task(timeout=120)
async def fetch_page(token: str, page_size: int, after: Optional[str], since: Optional[str]) -> dict:
    return _hubspot("/crm/v3/objects/contacts", token, limit=page_size, after=after, updatedAfter=since)


@task(timeout=300)
async def upsert_contacts(warehouse_dsn: str, contacts: list[dict]) -> int:
    return len(contacts)


@workflow
async def main(
    hubspot_token: str,
    warehouse_dsn: str,
    since: Optional[str] = None,
    page_size: int = 100,
    max_pages: int = 20,
):
    synced = 0
    after: Optional[str] = None
    for _ in range(max_pages):
        page = await fetch_page(hubspot_token, page_size, after, since)
        synced += await upsert_contacts(warehouse_dsn, page["results"])
        after = page.get("paging", {}).get("next", {}).get("after")
        if not after:
            break
    log.info("synced %s contacts", synced)
    return {"synced": synced}
