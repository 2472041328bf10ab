"""Postmortem workflow: gather the timeline, get sign-off from the SRE lead and the owner."""

from wmill import step, task, task_script, workflow

from f.platform.approvals import sign_off
from f.platform.tasks import post_slack

retriage = task_script("f/incidents/triage_ok")

SIGNERS = ("sre-lead", "service-owner")


@task()
async def timeline(incident_id: str) -> list[dict]:
    import requests

    resp = requests.get(f"https://incidents.internal.example/{incident_id}/timeline", timeout=30)
    resp.raise_for_status()
    return resp.json()["events"]


@task()
async def publish(incident_id: str, doc: str) -> str:
    import requests

    return requests.post("https://wiki.internal.example/postmortems", json={"id": incident_id, "body": doc}).json()["url"]


@workflow
async def main(incident_id: str, service: str, hosts: list[str]):
    events = await timeline(incident_id)
    # make sure the service is still fine before we write it up
    await retriage(service=service, host_list=hosts)  # expect: WAC402

    doc = await step("doc", lambda: "\n".join(f"{e['at']} {e['what']}" for e in events))
    approved = True
    for signer in SIGNERS:
        ok = await sign_off("postmortem", f"{signer}: approve postmortem {incident_id}?")  # expect: WAC303
        approved = approved and ok
    if not approved:
        await post_slack("#postmortems", f"{incident_id}: sign-off refused")
        return {"incident": incident_id, "published": False}
    url = await publish(incident_id, doc)
    await post_slack("#postmortems", f"{incident_id} published: {url}")
    return {"incident": incident_id, "published": True, "url": url}
