"""Weekly on-call handover: close the outgoing shift, brief the incoming engineer."""

from datetime import date

from wmill import sleep, step, task, task_script, workflow

from f.platform.clock import shift_bounds, shift_index
from f.platform.tasks import post_slack

restart_host = task_script("f/ops/restart_host")

ROTA = ["ana", "bo", "chen", "dmitri", "eve"]


@task()
async def open_incidents(team: str) -> list[dict] | None:
    import requests

    resp = requests.get(f"https://incidents.internal.example/open?team={team}", timeout=10)
    return resp.json() if resp.ok else None


@workflow
async def main(team: str, week_of: str, jump_hosts: list[str]):
    day = date.fromisoformat(week_of)
    start, end = shift_bounds(day)
    incoming = ROTA[shift_index(day) % len(ROTA)]
    incidents = None
    for attempt in range(3):
        incidents = await open_incidents(team)
        if incidents is not None:
            break
        await sleep(30 * (attempt + 1))
    incidents = incidents or []

    for host in jump_hosts:
        await restart_host(host=host, service="bastion-audit")

    brief = await step(
        "brief",
        lambda: "\n".join(f"- {i['id']}: {i['title']}" for i in incidents) or "no open incidents",
    )
    await post_slack(f"#oncall-{team}", f"Handover to {incoming} {start} → {end}\n{brief}")
    return {"team": team, "incoming": incoming, "shift": [start, end], "open": len(incidents)}
