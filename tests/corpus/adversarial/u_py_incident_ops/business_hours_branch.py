# SDK: wmill 1.850.0 replays the body after each task; is_business_hours() reads the wall clock in the body, so a replay after 18:00 takes the other branch than the one checkpointed
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import task, workflow

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
    if t["severity"] == "sev2" and not is_business_hours():  # expect: WAC102
        await page_oncall(t["service"], t["severity"])
        return {"paged": True}
    return {"ticket": await open_ticket(t["service"], t["severity"])}
