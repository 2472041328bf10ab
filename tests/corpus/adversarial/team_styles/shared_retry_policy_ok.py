# SDK: wmill 1.850.0 client.py `_checked_retry`: attempts (0-100), delay, multiplier and max_delay are the keys it reads; one policy dict shared by two tasks.
import logging

from wmill import task, workflow

log = logging.getLogger("sync")

API_RETRY = {"attempts": 4, "delay": 10, "multiplier": 2, "max_delay": 120}


@task(timeout=120, retry=API_RETRY)
async def pull_accounts(crm_url: str, page: int) -> dict:
    return {"items": [], "next": None}


@task(timeout=120, retry=API_RETRY)
async def push_accounts(warehouse_url: str, items: list[dict]) -> int:
    return len(items)


@workflow
async def main(crm_url: str, warehouse_url: str, max_pages: int = 50):
    total = 0
    for page in range(max_pages):
        batch = await pull_accounts(crm_url, page)
        total += await push_accounts(warehouse_url, batch["items"])
        if not batch["next"]:
            break
    log.info("synced %d accounts", total)
    return {"synced": total}
