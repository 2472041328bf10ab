# SDK: wmill 1.850.0: wait_for_approval(key=...) names the step; get_approval_urls(step_key) gives the URLs of that step; keys must be unique per run
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

REVIEWERS = ("vet", "curator")


@task()
async def send_review_mail(to_role: str, specimen: str, page: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = f"Quarantine release: {specimen}"
    msg["To"] = f"{to_role}@example-aquarium.org"
    msg.set_content(f"Please review: {page}")
    with smtplib.SMTP("smtp.example-aquarium.org") as s:
        s.send_message(msg)


@task()
async def move_specimen(specimen: str, to_tank: str) -> dict:
    import requests

    r = requests.post(
        "https://husbandry.example-aquarium.org/api/moves",
        json={"specimen": specimen, "to": to_tank},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(specimen: str, to_tank: str):
    vet_urls = await step("vet_urls", lambda: get_approval_urls("vet"))
    await send_review_mail("vet", specimen, vet_urls["approvalPage"])
    vet = await wait_for_approval(key="vet", timeout=86400, form={"type": "object", "properties": {"notes": {"type": "string"}}})
    if not vet["approved"]:
        return {"released": False, "by": vet["approver"]}

    curator_urls = await step("curator_urls", lambda: get_approval_urls("curator"))
    await send_review_mail("curator", specimen, curator_urls["approvalPage"])
    curator = await wait_for_approval(key="curator", timeout=86400)
    if not curator["approved"]:
        return {"released": False, "by": curator["approver"]}

    move = await move_specimen(specimen, to_tank)
    return {"released": True, "move": move, "reviewers": list(REVIEWERS)}
