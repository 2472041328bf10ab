# SDK: wmill 1.850.0 client.py `_checked_retry`: the keys are attempts, delay, multiplier, max_delay; an unknown key (`backoff`) raises ValueError where `@task(retry=...)` is applied, so the script fails at import.
import logging

from wmill import task, workflow

log = logging.getLogger("sync")

API_RETRY = {"attempts": 4, "delay": 10, "backoff": 2}  # expect: WAC302


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
