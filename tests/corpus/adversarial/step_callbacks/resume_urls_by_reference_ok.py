# SDK: wmill 1.850.0 client.py step(name, fn) calls fn() once inside _run_inline_step and checkpoints it; passing the function itself is fine.
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task()
async def send_approval_email(to: str, approve_url: str, reject_url: str) -> bool:
    import smtplib

    with smtplib.SMTP("smtp.example.com") as smtp:
        smtp.sendmail("bot@example.com", [to], f"Approve: {approve_url}\nReject: {reject_url}")
    return True


@task()
async def grant_access(user: str, role: str) -> str:
    return f"{user} is now {role}"


@workflow
async def main(user: str, role: str, manager: str):
    urls = await step("urls", get_resume_urls)
    await send_approval_email(manager, urls["resume"], urls["cancel"])
    decision = await wait_for_approval(timeout=86400)
    if not decision.get("approved", True):
        return {"granted": False}
    return {"granted": True, "result": await grant_access(user, role)}
