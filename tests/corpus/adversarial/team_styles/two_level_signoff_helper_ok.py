# SDK: wmill 1.850.0 client.py `_wait_for_approval`: approvals without a key are numbered `approval`, `approval_2`, ... in call order, so the helper can run twice.
import logging

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("procurement")

SIGNOFF_TIMEOUT = 3 * 24 * 3600


@task()
async def email_signoff_request(approver: str, resume_url: str, po_number: str) -> bool:
    return True


@task()
async def release_purchase_order(po_number: str) -> str:
    return "released"


async def request_signoff(approver: str, po_number: str) -> dict:
    urls = await step("signoff_urls", lambda: get_resume_urls(approver))
    await email_signoff_request(approver, urls["resume"], po_number)
    return await wait_for_approval(timeout=SIGNOFF_TIMEOUT)


@workflow
async def main(po_number: str, manager: str, finance_controller: str, amount_cents: int):
    manager_decision = await request_signoff(manager, po_number)
    if not manager_decision["approved"]:
        return {"po": po_number, "status": "rejected_by_manager"}
    if amount_cents >= 1_000_000:
        finance_decision = await request_signoff(finance_controller, po_number)
        if not finance_decision["approved"]:
            return {"po": po_number, "status": "rejected_by_finance"}
    log.info("releasing %s", po_number)
    return {"po": po_number, "status": await release_purchase_order(po_number)}
