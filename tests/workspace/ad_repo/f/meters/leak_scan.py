# SDK: wmill 1.850.0 client.py: the workflow body is replayed from the top after each task
"""Weekly leak scan: score every zone's night flow against its baseline and open a work
order per suspected leak, with a ticket id the crews can quote on the phone."""

from wmill import step, workflow

from f.common.ids import new_ticket_id
from f.common.tasks import night_flow, open_work_order
from f.common.units import leak_score
from f.meters.clock import cycle_start, today

PRIORITY_BY_SCORE = [(3.0, 1), (2.2, 2), (1.8, 3)]


def priority_for(score: float) -> int | None:
    for floor, prio in PRIORITY_BY_SCORE:
        if score >= floor:
            return prio
    return None


@workflow
async def main(run_day: str, zones: list[str], nights: int = 7):
    day = today(run_day)
    since = cycle_start(day).isoformat()
    opened = []
    skipped = []
    for zone in zones:
        nf = await night_flow(zone, nights=nights)
        score = leak_score(nf["baseline"], nf["flow"])
        prio = priority_for(score)
        if prio is None:
            skipped.append(zone)
            continue
        ticket = new_ticket_id("leak")  # expect: WAC102
        wo = await open_work_order(
            site=f"zone/{zone}", priority=prio, note=f"{ticket} score={score} since {since}"
        )
        opened.append({"zone": zone, "ticket": ticket, "work_order": wo})

    summary = await step(
        "summary", lambda: {"opened": len(opened), "skipped": len(skipped), "day": str(day)}
    )
    return {"summary": summary, "opened": opened}
