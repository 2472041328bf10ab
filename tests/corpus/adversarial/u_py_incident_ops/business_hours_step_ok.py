# SDK: wmill 1.850.0 step(name, fn) runs fn once and replays the checkpointed bool, so the branch is taken the same way in every round
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import step, task, workflow

OFFICE_TZ = ZoneInfo("Europe/Paris")


def is_business_hours() -> bool:
    now = datetime.now(OFFICE_TZ)
    return now.weekday() < 5 and 9 <= now.hour < 18


@task()
async def triage(alert: dict) -> dict:
    sev = "sev2" if alert.get("error_rate", 0) > 0.05 else "sev3"
    return {"severity": sev, "service": alert["service"]}


@task()
async def page_oncall(service: str, severity: str) -> None:
    import requests

    requests.post("https://events.pagerduty.com/v2/enqueue", json={"routing_key": "R", "event_action": "trigger",
                  "payload": {"summary": f"{service} {severity}", "severity": "error", "source": service}}, timeout=10)


@task()
async def open_ticket(service: str, severity: str) -> str:
    import requests

    return requests.post("https://linear.app/api/issues", json={"title": f"{service} {severity}"}, timeout=10).json()["id"]


@workflow
async def main(alert: dict):
    t = await triage(alert)
    office_open = await step("business_hours", is_business_hours)
    if t["severity"] == "sev2" and not office_open:
        await page_oncall(t["service"], t["severity"])
        return {"paged": True}
    return {"ticket": await open_ticket(t["service"], t["severity"])}
