# SDK: wmill 1.850.0 client.py: a step's value crosses JSON (default=str) before it is returned, so the Decimal total comes back as a string in every round and the comparison raises TypeError.
from decimal import Decimal

from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task(timeout=300)
async def ocr(file_url: str) -> str:
    return "text"


@task()
async def extract_fields(text: str) -> dict:
    return {"vendor": "ACME", "total": "120.50", "confidence": 0.7}


@task()
async def notify_reviewer(email: str, url: str) -> bool:
    return True


@task()
async def book_invoice(vendor: str, total: str) -> str:
    return "bk_1"


@workflow
async def main(file_url: str, reviewer: str, auto_limit: str = "500"):
    text = await ocr(file_url)
    fields = await extract_fields(text)
    total = await step("total", lambda: Decimal(fields["total"]))  # expect: WAC107
    if total > Decimal(auto_limit):
        urls = await step("review_urls", lambda: get_approval_urls("review"))
        await notify_reviewer(reviewer, urls["approvalPage"])
        review = await wait_for_approval(key="review", timeout=86400)
        if not review["approved"]:
            return {"status": "rejected"}
    return {"status": "booked", "ref": await book_invoice(fields["vendor"], str(total))}
