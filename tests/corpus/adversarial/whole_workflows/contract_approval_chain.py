# SDK: wmill 1.850.0 client.py: wait_for_approval raises _StepSuspend(BaseException) on first call; a bare `except:` catches it and the workflow never suspends.
import logging
from typing import Optional

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

logger = logging.getLogger("contracts")

APPROVERS = ["legal@acme.io", "cfo@acme.io"]
TIMEOUT_S = 5 * 24 * 3600


@task()
async def render_contract(template_id: str, fields: dict) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://docs.internal/render", json={"template": template_id, "fields": fields})
        resp.raise_for_status()
        return resp.json()


@task()
async def send_for_review(to: str, pdf_url: str, approval_page: str) -> bool:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(
            "https://mail.internal/send",
            json={"to": to, "subject": "Contract review", "body": f"{pdf_url}\nApprove: {approval_page}"},
        )
        return resp.is_success


@task()
async def countersign(contract_id: str, approvers: list) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://esign.example.com/contracts/{contract_id}/sign", json={"approvers": approvers})
        return resp.json()


@workflow
async def main(template_id: str, counterparty: str, value_eur: float):
    doc = await render_contract(template_id, {"counterparty": counterparty, "value": value_eur})
    chain = APPROVERS if value_eur >= 50_000 else APPROVERS[:1]
    signed_by: list[str] = []
    rejected_by: Optional[str] = None

    for approver in chain:
        urls = await step("resume_urls", lambda: get_resume_urls(approver=approver))
        await send_for_review(approver, doc["pdf_url"], urls["approvalPage"])
        try:
            decision = await wait_for_approval(timeout=TIMEOUT_S)
        except:  # expect: WAC201
            logger.exception("approval failed for %s", approver)
            decision = {"approved": False, "approver": approver}
        if not decision["approved"]:
            rejected_by = decision.get("approver", approver)
            break
        signed_by.append(decision["approver"])

    if rejected_by:
        return {"status": "rejected", "by": rejected_by, "contract": doc["id"]}
    result = await countersign(doc["id"], signed_by)
    return {"status": "signed", "contract": doc["id"], "envelope": result.get("envelope_id")}
