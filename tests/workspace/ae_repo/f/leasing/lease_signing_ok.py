"""Send a lease for e-signature (reviewed: the SDK names unaliased, a shared task under a
local name is fine)."""

from f.platform.wac import step, task, task_script, wait_for_approval, workflow
from f.rent.tasks import fetch_lease as load_lease
from f.vendors.docusign.client import envelope_status, send_envelope

generate_lease = task_script("f/leasing/generate_lease", timeout=600)


@task(timeout=60)
async def send_for_signature(lease_id: str, email: str, pdf_url: str) -> str:
    return send_envelope(lease_id, email, pdf_url)["envelopeId"]


@task(timeout=60)
async def signed(envelope_id: str) -> bool:
    return envelope_status(envelope_id) == "completed"


@workflow
async def main(lease_id: str, rent_cents: int, template: str = "standard"):
    lease = await load_lease(lease_id)
    doc = await generate_lease(lease_id=lease_id, template=template, rent_cents=rent_cents)
    envelope = await send_for_signature(lease_id, lease["email"], doc["pdf_url"])
    await step("envelope_sent", lambda: {"envelope": envelope})
    approval = await wait_for_approval(timeout=14 * 86400, key="tenant_signed")
    if not approval["approved"] or not await signed(envelope):
        return {"lease": lease_id, "status": "not_signed"}
    manager = await wait_for_approval(timeout=3 * 86400, key="manager_countersign")
    return {"lease": lease_id, "status": "active", "countersigned_by": manager["approver"]}
