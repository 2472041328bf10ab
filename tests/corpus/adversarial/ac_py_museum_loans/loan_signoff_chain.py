# SDK: wmill 1.850.0 wait_for_approval(timeout=...) is sent as seconds; timedelta(days=3).seconds is 0 (only the part below one day), and an f-string key is named per role at run time
from datetime import timedelta

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

LOANS_API = "https://collections.museum.example/api/loans"
REVIEW_WINDOW = timedelta(days=3)
SIGNOFF_ROLES = ["registrar", "conservator", "director"]


@task()
async def load_request(loan_id: str) -> dict:
    r = httpx.get(f"{LOANS_API}/{loan_id}")
    r.raise_for_status()
    return r.json()


@task()
async def email_signoff(loan_id: str, role: str, approve_url: str, reject_url: str) -> None:
    httpx.post(
        "https://mail.museum.example/send",
        json={"template": "loan_signoff", "to_role": role, "loan": loan_id, "approve": approve_url, "reject": reject_url},
    )


@task()
async def record_decision(loan_id: str, decisions: dict) -> dict:
    r = httpx.post(f"{LOANS_API}/{loan_id}/decision", json=decisions)
    return r.json()


@workflow
async def main(loan_id: str):
    request = await load_request(loan_id=loan_id)
    decisions: dict[str, bool] = {}
    for role in SIGNOFF_ROLES:
        if role == "director" and request["insured_value"] < 250_000:
            continue
        urls = await step("signoff_urls", lambda: get_approval_urls(f"signoff_{role}"))
        await email_signoff(loan_id=loan_id, role=role, approve_url=urls["approvalPage"], reject_url=urls["cancel"])
        answer = await wait_for_approval(
            timeout=REVIEW_WINDOW.seconds,  # expect: WAC302
            key=f"signoff_{role}",  # expect: WAC103
            description={"markdown": f"Loan **{request['title']}** to {request['borrower']}"},
        )
        decisions[role] = bool(answer["approved"])
        if not answer["approved"]:
            break
    return await record_decision(loan_id=loan_id, decisions=decisions)
