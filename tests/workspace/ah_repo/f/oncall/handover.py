"""Weekly on-call handover: close the outgoing shift, brief the incoming engineer."""

from datetime import date

from wmill import step, task, task_script, workflow

from f.platform.clock import backoff, shift_bounds
from f.platform.tasks import post_slack

restart_host = task_script("f/ops/restart_host")
clean_scratch = task_script("f/scratch/cleanup_tmp")  # expect: WAC401

ROTA = ["ana", "bo", "chen", "dmitri", "eve"]


@task()
async def open_incidents(team: str) -> list[dict]:
    import requests

    return requests.get(f"https://incidents.internal.example/open?team={team}", timeout=10).json()


@workflow
async def main(team: str, week_of: str, jump_hosts: list[str]):
    day = date.fromisoformat(week_of)
    start, end = shift_bounds(day)
    incidents = []
    for attempt in range(3):
        incidents = await open_incidents(team)
        if incidents is not None:
            break
        backoff(attempt)  # expect: WAC101

    for host in jump_hosts:
        await restart_host(host=host, service="bastion-audit")
        await clean_scratch(host=host)

    brief = await step(
        "brief",
        lambda: "\n".join(f"- {i['id']}: {i['title']}" for i in incidents) or "no open incidents",
    )
    await post_slack(f"#oncall-{team}", f"Handover {start} → {end}\n{brief}")
    return {"team": team, "shift": [start, end], "open": len(incidents)}
