# Escalate an incident up the on-call chain: each level gets paged and has
# 15 minutes to acknowledge before the next level is paged.
from wmill import task, workflow, step, wait_for_approval, get_resume_urls
import requests


@task()
async def page(responder: str, incident_id: str, ack_url: str):
    requests.post("https://sms-gateway.example/send", json={"to": responder, "text": f"Incident {incident_id}: ack at {ack_url}"}, timeout=10)


@task()
async def mark_acknowledged(incident_id: str, responder: str):
    requests.patch(f"https://status.example/api/incidents/{incident_id}", json={"acknowledged_by": responder}, timeout=10)


@task()
async def declare_major_incident(incident_id: str):
    requests.post(f"https://status.example/api/incidents/{incident_id}/major", timeout=10)


@workflow
async def main(incident_id: str, chain: list):
    for responder in chain:
        urls = await step("ack_urls", lambda: get_resume_urls(responder))
        await page(responder, incident_id, urls["resume"])
        ack = await wait_for_approval(timeout=900)
        if ack["approved"]:
            await mark_acknowledged(incident_id, ack["approver"])
            return {"acknowledged_by": ack["approver"]}
    await declare_major_incident(incident_id)
    return {"acknowledged_by": None, "major": True}
