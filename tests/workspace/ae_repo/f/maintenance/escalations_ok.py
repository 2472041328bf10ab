"""Escalate stale maintenance tickets (reviewed): today's date is a step per round."""

from f.platform import clock
from f.platform.paths import FLOWS
from f.platform.wac import sleep, step, task, task_flow, workflow

import requests

triage = task_flow(FLOWS["triage"], timeout=1800)


@task()
async def stale_tickets(older_than_days: int) -> list[dict]:
    resp = requests.get("https://pms.internal/tickets", params={"stale_days": older_than_days}, timeout=30)
    return resp.json()


def overdue(ticket: dict, today_iso: str, sla_days: int) -> bool:
    return clock.days_between(ticket["opened_on"], today_iso) > sla_days


@workflow
async def main(sla_days: int = 7, rounds: int = 4):
    escalated = []
    for round_no in range(rounds):
        today = await step("today", lambda: clock.today().isoformat())
        for ticket in await stale_tickets(sla_days):
            if overdue(ticket, today, sla_days) and ticket["id"] not in escalated:
                await triage(ticket_id=ticket["id"], severity="high")
                escalated.append(ticket["id"])
        if round_no < rounds - 1:
            await sleep(6 * 3600)
    return {"escalated": escalated}
