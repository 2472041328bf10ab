# SDK: wmill 1.850.0: keyless wait_for_approval in a loop gets keys approval, approval_2, ...; get_resume_urls in a step per round
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

SEVERITY_CHAIN = {
    "mild": ["investigator"],
    "moderate": ["investigator", "medical_monitor"],
    "severe": ["investigator", "medical_monitor", "safety_board"],
}


@task()
async def page_reviewer(role: str, event_id: str, approval_page: str) -> None:
    import requests

    requests.post(
        "https://notify.example-cro.org/page",
        json={"role": role, "event": event_id, "link": approval_page},
        timeout=15,
    ).raise_for_status()


@task()
async def file_report(event_id: str, decisions: list[dict]) -> str:
    import requests

    r = requests.post(f"https://safety.example-cro.org/events/{event_id}/reports", json=decisions, timeout=30)
    r.raise_for_status()
    return r.json()["report_id"]


@workflow
async def main(event_id: str, severity: str, narrative: str):
    chain = SEVERITY_CHAIN.get(severity, SEVERITY_CHAIN["severe"])
    decisions = []
    for role in chain:
        urls = await step("resume_urls", lambda: get_resume_urls())
        await page_reviewer(role, event_id, urls["approvalPage"])
        decision = await wait_for_approval(
            timeout=48 * 3600,
            description={"markdown": f"**{severity.upper()}** adverse event `{event_id}`\n\n{narrative}"},
        )
        decisions.append({"role": role, "approved": decision["approved"], "by": decision["approver"]})
        if not decision["approved"]:
            break
    report_id = await file_report(event_id, decisions)
    return {"report_id": report_id, "decisions": decisions}
