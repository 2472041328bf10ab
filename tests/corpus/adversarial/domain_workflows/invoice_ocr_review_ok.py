# SDK: wmill 1.850.0 client.py wait_for_approval(form=..., key=...) returns {"value", "approver", "approved"}; OCR and the LLM extraction are tasks, the reviewer URLs come from get_approval_urls in a step.
import logging
from decimal import Decimal, InvalidOperation
from typing import TypedDict

from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("invoices")

REVIEW_FORM = {
    "type": "object",
    "properties": {"total": {"type": "string"}, "vendor": {"type": "string"}},
}


class Extracted(TypedDict):
    vendor: str
    total: str
    currency: str
    confidence: float


@task(timeout=300)
async def ocr(file_url: str) -> str:
    return "text"


@task(timeout=300, retry={"attempts": 2, "delay": 10})
async def extract_fields(text: str) -> dict:
    return {"vendor": "ACME", "total": "120.50", "currency": "EUR", "confidence": 0.7}


@task()
async def notify_reviewer(email: str, url: str, vendor: str) -> bool:
    return True


@task()
async def book_invoice(vendor: str, total: str, currency: str) -> str:
    return "bk_1"


def parse_total(raw: str) -> str | None:
    try:
        return str(Decimal(raw.replace(",", ".")).quantize(Decimal("0.01")))
    except InvalidOperation:
        return None


@workflow
async def main(file_url: str, reviewer: str, min_confidence: float = 0.9):
    try:
        text = await ocr(file_url)
    except TaskError as e:
        log.error("OCR failed: %s", e)
        return {"status": "ocr_failed"}
    fields: Extracted = await extract_fields(text)  # type: ignore[assignment]
    total = parse_total(fields["total"])
    if total is None or fields["confidence"] < min_confidence:
        urls = await step("review_urls", lambda: get_approval_urls("review"))
        await notify_reviewer(reviewer, urls["approvalPage"], fields["vendor"])
        review = await wait_for_approval(key="review", form=REVIEW_FORM, timeout=2 * 24 * 3600)
        if not review["approved"]:
            return {"status": "rejected", "by": review["approver"]}
        total = parse_total(review["value"].get("total", "")) or total
        fields["vendor"] = review["value"].get("vendor") or fields["vendor"]
    if total is None:
        return {"status": "unreadable"}
    ref = await book_invoice(fields["vendor"], total, fields["currency"])
    return {"status": "booked", "ref": ref, "total": total}
