# SDK: wmill 1.850.0: wait_for_approval(key, form) with a constant form; retry keys are attempts / delay / multiplier / max_delay; Literal and Optional parameters are read by the signature parser
from typing import Literal, Optional, TypedDict

from wmill import get_approval_urls, step, task, wait_for_approval, workflow


class smtp(TypedDict):
    host: str
    port: int
    user: str
    password: str


DECISIONS = ["accept", "minor_revision", "major_revision", "reject"]
DECISION_FORM = {
    "type": "object",
    "properties": {
        "decision": {"type": "string", "enum": DECISIONS},
        "letter": {"type": "string", "format": "textarea"},
        "notify_reviewers": {"type": "boolean", "default": True},
    },
    "required": ["decision", "letter"],
}


def summarise(reports: list[dict]) -> str:
    lines = []
    for i, rep in enumerate(sorted(reports, key=lambda r: r["reviewer"]), start=1):
        lines.append(f"Reviewer {i}: {rep['recommendation']} (confidence {rep.get('confidence', '?')})")
    return "\n".join(lines)


@task(retry={"attempts": 4, "delay": 30, "multiplier": 2, "max_delay": 600})
async def fetch_reports(manuscript_id: str) -> list[dict]:
    import requests

    r = requests.get(f"https://ems.example-press.org/api/manuscripts/{manuscript_id}/reports", timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def mail(server: smtp, to: str, subject: str, body: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"], msg["To"], msg["From"] = subject, to, server["user"]
    msg.set_content(body)
    with smtplib.SMTP(server["host"], server["port"]) as s:
        s.starttls()
        s.login(server["user"], server["password"])
        s.send_message(msg)


@workflow
async def main(
    manuscript_id: str,
    handling_editor: str,
    author_email: str,
    mailer: smtp,
    track: Literal["regular", "fast", "special_issue"] = "regular",
    min_reports: int = 2,
    deadline_days: Optional[int] = None,
    cc: list[str] = [],
    apc_waiver: bool = False,
    apc_amount: float = 1850.0,
):
    reports = await fetch_reports(manuscript_id)
    if len(reports) < min_reports:
        return {"status": "waiting_for_reports", "have": len(reports)}

    urls = await step("editor_urls", lambda: get_approval_urls("editor_decision", handling_editor))
    await mail(
        mailer,
        handling_editor,
        f"[{track}] decision needed on {manuscript_id}",
        summarise(reports) + f"\n\nDecide: {urls['approvalPage']}",
    )
    timeout = (deadline_days or 14) * 86400
    d = await wait_for_approval(key="editor_decision", timeout=timeout, form=DECISION_FORM)
    decision = d["value"]["decision"] if d["approved"] else "reject"
    fee = 0.0 if apc_waiver or decision != "accept" else round(apc_amount, 2)
    for to in [author_email, *cc]:
        await mail(mailer, to, f"Decision on {manuscript_id}: {decision}", (d.get("value") or {}).get("letter", ""))
    return {"decision": decision, "by": d["approver"], "apc": fee}
