# SDK: wmill 1.850.0 _wait_for_approval: one explicit key used once per run; get_approval_urls(step_key) mints the URLs for that key; step names repeat safely (_alloc_key numbers them)
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def email_owners(owners: list[str], tenants: list[str], links: dict) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"] = ", ".join(sorted(set(owners)))
    msg["From"] = "platform@example.com"
    msg["Subject"] = f"Approve the data-residency move of {len(tenants)} tenants"
    msg.set_content(
        "Tenants: " + ", ".join(tenants) + f"\nApprove: {links['approvalPage']}\nReject: {links['cancel']}"
    )
    with smtplib.SMTP("smtp.internal", 25) as smtp:
        smtp.send_message(msg)


@task(timeout=3600)
async def move_tenant(tenant: str, region: str) -> dict:
    return {"tenant": tenant, "region": region, "status": "moved"}


@workflow
async def main(moves: list[dict], target_region: str = "eu-central-1"):
    links = await step("owner_links", lambda: get_approval_urls("owners_ok"))
    await email_owners([m["owner"] for m in moves], [m["tenant"] for m in moves], links)
    decision = await wait_for_approval(key="owners_ok", timeout=7 * 24 * 3600)
    if not decision.get("approved"):
        return {"moved": [], "rejected_by": decision.get("approver")}
    moved = []
    for move in moves:
        moved.append(await move_tenant(move["tenant"], target_region))
    return {"moved": moved}
