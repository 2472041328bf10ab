# SDK: wmill 1.850.0 _wait_for_approval: _alloc_key(key) and a RuntimeError when an explicit key was already used ("Give each wait_for_approval() its own key")
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def email_owner(owner: str, tenant: str, links: dict) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"] = owner
    msg["From"] = "platform@example.com"
    msg["Subject"] = f"Approve the data-residency move of {tenant}"
    msg.set_content(f"Approve: {links['approvalPage']}\nReject: {links['cancel']}")
    with smtplib.SMTP("smtp.internal", 25) as smtp:
        smtp.send_message(msg)


@task(timeout=3600)
async def move_tenant(tenant: str, region: str) -> dict:
    return {"tenant": tenant, "region": region, "status": "moved"}


@workflow
async def main(moves: list[dict], target_region: str = "eu-central-1"):
    moved = []
    for move in moves:
        links = await step("owner_links", lambda: get_approval_urls("owner_ok"))
        await email_owner(move["owner"], move["tenant"], links)
        decision = await wait_for_approval(key="owner_ok", timeout=7 * 24 * 3600)  # expect: WAC303
        if decision.get("approved"):
            moved.append(await move_tenant(move["tenant"], target_region))
    return {"moved": moved}
