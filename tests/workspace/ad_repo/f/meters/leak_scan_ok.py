# SDK: wmill 1.850.0 client.py: the workflow body is replayed from the top after each task
"""Weekly leak scan with stable ticket ids (uuid5 of meter and day) and the run day taken
from the input: f/meters/clock.py has the same names as f/common/clock.py but reads no
clock."""

from wmill import step, workflow

from f.common.ids import new_batch_id, ticket_for
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
    batch = await step("batch_id", new_batch_id)
    opened = []
    for zone in zones:
        nf = await night_flow(zone, nights=nights)
        score = leak_score(nf["baseline"], nf["flow"])
        prio = priority_for(score)
        if prio is None:
            continue
        ticket = ticket_for(zone, run_day)
        wo = await open_work_order(
            site=f"zone/{zone}", priority=prio, note=f"{ticket} batch={batch} since {since}"
        )
        opened.append({"zone": zone, "ticket": ticket, "work_order": wo})
    return {"batch": batch, "opened": opened}
