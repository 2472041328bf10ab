# SDK: wmill 1.850.0 a name assigned one @task wrapper or another on each branch holds that wrapper; awaiting its call runs that step
from wmill import task, workflow

OM = "https://om.sunfield.example/api"


@task()
async def page_on_call(site: str, alarm: dict) -> str:
    import httpx

    r = httpx.post(f"{OM}/pages", json={"site": site, "alarm": alarm}, timeout=20)
    return r.json()["page_id"]


@task()
async def open_om_ticket(site: str, alarm: dict) -> str:
    import httpx

    r = httpx.post(f"{OM}/tickets", json={"site": site, "alarm": alarm}, timeout=20)
    return r.json()["ticket_id"]


@task()
async def log_alarm(site: str, alarm: dict) -> str:
    import httpx

    r = httpx.post(f"{OM}/alarm-log", json={"site": site, "alarm": alarm}, timeout=20)
    return r.json()["entry_id"]


@task()
async def active_alarms(site: str) -> list[dict]:
    import httpx

    return httpx.get(f"{OM}/sites/{site}/alarms", params={"state": "active"}, timeout=20).json()


@workflow
async def main(site: str):
    alarms = await active_alarms(site)
    handled = []
    for alarm in alarms:
        if alarm["severity"] == "critical":
            escalate = page_on_call
        elif alarm["severity"] == "major":
            escalate = open_om_ticket
        else:
            escalate = log_alarm
        handled.append(await escalate(site, alarm))

        match alarm.get("source"):
            case "inverter":
                follow_up = open_om_ticket
            case "tracker":
                follow_up = open_om_ticket
            case _:
                follow_up = log_alarm
        handled.append(await follow_up(site, alarm))
    return {"site": site, "handled": handled}
