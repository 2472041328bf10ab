# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a module-level `requests.Session` used by a helper the body calls sends its request each round.
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
        page = _hubspot("/crm/v3/objects/contacts", hubspot_token, limit=page_size, after=after, updatedAfter=since)  # expect: WAC101
        synced += await upsert_contacts(warehouse_dsn, page["results"])
        after = page.get("paging", {}).get("next", {}).get("after")
        if not after:
            break
    log.info("synced %s contacts", synced)
    return {"synced": synced}
