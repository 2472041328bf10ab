# SDK: wmill 1.850.0 client.py: retry_if_not_exception_type(KeyError) is true for _StepSuspend, so tenacity retries the suspension; parallel() slices its items and a set cannot be sliced (TypeError); the task close_books already took the key "close_books" when the approval asks for it (RuntimeError).
import logging
import zlib
from collections import Counter

from pydantic import BaseModel
from tenacity import retry, retry_if_not_exception_type, stop_after_attempt

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
async def close_books(period: str, approve_url: str, controller: str) -> bool:
    return True


@task()
async def close_period(period: str) -> dict:
    return {"period": period, "closed": True}


@retry(retry=retry_if_not_exception_type(KeyError), stop=stop_after_attempt(3), reraise=True)
async def fetch_with_retry(period: str, partition: int) -> list[dict]:
    return await fetch_entries(period, partition)


@workflow
async def main(period: str, accounts: list[str], controller: str):
    partitions = sorted({zlib.crc32(a.encode()) % PARTITIONS for a in accounts})
    entries: list[dict] = []
    for partition in partitions:
        entries.extend(await fetch_with_retry(period, partition))  # expect: WAC201
    by_account = Counter()
    for entry in entries:
        by_account[entry["account"]] += entry["cents"]
    log.info("period %s: %d accounts", period, len(by_account))
    posted = await parallel(
        set(by_account), lambda a: post_to_ledger(a, by_account[a]), concurrency=4  # expect: WAC301
    )
    urls = await step("urls", lambda: get_approval_urls("close_books"))
    await close_books(period, urls["approvalPage"], controller)
    decision = await wait_for_approval(key="close_books", timeout=86400)  # expect: WAC303
    if not decision.get("approved"):
        return {"period": period, "posted": posted, "closed": False}
    return await close_period(period)
