# SDK: a second wait_for_approval with an explicit key already allocated in the run raises RuntimeError ('WAC step key "..." is already used')
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

MAX_ROUNDS = 3


@task()
async def generate_copy(brief: str, feedback: str | None) -> str:
    suffix = f" (revised: {feedback})" if feedback else ""
    return f"Campaign copy for {brief}{suffix}"


@task()
async def email_reviewer(reviewer: str, copy: str, link: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"], msg["Subject"] = reviewer, "Copy review"
    msg.set_content(f"{copy}\n\n{link}")
    with smtplib.SMTP("smtp.internal", 25) as smtp:
        smtp.send_message(msg)


@workflow
async def main(brief: str, reviewer: str = "brand@example.com"):
    feedback = None
    for round_no in range(MAX_ROUNDS):
        copy = await generate_copy(brief=brief, feedback=feedback)
        urls = await step("review_urls", lambda: get_approval_urls("copy_review"))
        await email_reviewer(reviewer=reviewer, copy=copy, link=urls["approvalPage"])
        verdict = await wait_for_approval(key="copy_review", timeout=86400)  # expect: WAC303
        if verdict["approved"]:
            return {"copy": copy, "rounds": round_no + 1}
        feedback = verdict["value"].get("feedback")
    return {"copy": None, "rounds": MAX_ROUNDS}
