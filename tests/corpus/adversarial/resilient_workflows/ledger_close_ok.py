# SDK: wmill 1.850.0 client.py: tenacity's default predicate (Exception) lets _StepSuspend (a BaseException) through; parallel() gets a sorted list; the approval key "close_books" is taken by nothing before it; results cross JSON as str-keyed dicts and lists.
import logging
import zlib
from collections import Counter

from pydantic import BaseModel
from tenacity import retry, stop_after_attempt

from wmill import get_approval_urls, parallel, step, task, wait_for_approval, workflow

log = logging.getLogger("ledger")
PARTITIONS = 16


class Entry(BaseModel):
    account: str
    cents: int
    currency: str = "EUR"


@task(timeout=300)
async def fetch_entries(period: str, partition: int) -> list[dict]:
    rows = [Entry(account="4000", cents=1200), Entry(account="4010", cents=-300)]
    return [r.model_dump(mode="json") for r in rows]


@task(timeout=300)
async def post_to_ledger(account: str, cents: int) -> str:
    return f"{account}:{cents}"


@task()
async def notify_controller(email: str, approve_url: str, summary: dict) -> bool:
    return True


@task()
async def close_period(period: str) -> dict:
    return {"period": period, "closed": True}


@retry(stop=stop_after_attempt(3), reraise=True)
async def fetch_with_retry(period: str, partition: int) -> list[dict]:
    return await fetch_entries(period, partition)


@workflow
async def main(period: str, accounts: list[str], controller: str):
    partitions = sorted({zlib.crc32(a.encode()) % PARTITIONS for a in accounts})
    entries: list[dict] = []
    for partition in partitions:
        entries.extend(await fetch_with_retry(period, partition))
    by_account = Counter()
    for entry in entries:
        by_account[entry["account"]] += entry["cents"]
    log.info("period %s: %d accounts", period, len(by_account))
    posted = await parallel(
        sorted(by_account), lambda a: post_to_ledger(a, by_account[a]), concurrency=4
    )
    urls = await step("close_books_urls", lambda: get_approval_urls("close_books"))
    await notify_controller(controller, urls["approvalPage"], {"posted": len(posted)})
    decision = await wait_for_approval(key="close_books", timeout=86400)
    if not decision.get("approved"):
        return {"period": period, "posted": posted, "closed": False}
    return await close_period(period)
