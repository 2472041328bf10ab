# SDK: wmill 1.850.0 get_approval_urls(key) mints the URLs of the wait_for_approval(key=...) step; both run in a step / as the keyed approval, sleeps are durable, and the ack poll is bounded by a counter
import logging

from wmill import get_approval_urls, sleep, step, task, wait_for_approval, workflow

log = logging.getLogger("incident")

LEVELS = ("primary", "secondary", "manager")
ACK_CHECKS = 6
CHECK_EVERY_S = 60


@task()
async def page(incident_id: str, level: str) -> str:
    import requests

    resp = requests.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={
            "routing_key": "R0UT1NG",
            "event_action": "trigger",
            "dedup_key": f"{incident_id}-{level}",
            "payload": {"summary": f"{incident_id}: paging {level}", "severity": "critical", "source": "wac"},
        },
        timeout=10,
    )
    return resp.json()["dedup_key"]


@task()
async def acknowledged(dedup_key: str) -> bool:
    import requests

    resp = requests.get(f"https://api.pagerduty.com/incidents?incident_key={dedup_key}", timeout=10)
    incidents = resp.json().get("incidents", [])
    return bool(incidents) and incidents[0]["status"] in ("acknowledged", "resolved")


@task()
async def post_to_channel(channel: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text}, timeout=10)


@workflow
async def main(incident_id: str, channel: str = "#incidents"):
    for level in LEVELS:
        dedup = await page(incident_id, level)
        for _ in range(ACK_CHECKS):
            await sleep(CHECK_EVERY_S)
            if await acknowledged(dedup):
                log.info("%s acknowledged at %s", incident_id, level)
                await post_to_channel(channel, f"{incident_id} acknowledged by {level}")
                return {"acknowledged_by": level}
    urls = await step("commander_urls", lambda: get_approval_urls("commander"))
    await post_to_channel(channel, f"{incident_id}: nobody acked. Take command: {urls['approvalPage']}")
    decision = await wait_for_approval(key="commander", timeout=3600)
    return {"acknowledged_by": decision.get("approver") if decision.get("approved") else None}
