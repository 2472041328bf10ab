"""Swap two drivers' turns on a service day after the depot manager approves."""

from wmill import step, task_script, wait_for_approval, workflow

from u.mira.pacing import breathe

from .rosterlib import current_roster, swap_key

roster = task_script("f/rail_ops/crew_roster")


@workflow
async def main(depot: str, day: str, driver_a: str, driver_b: str):
    before = current_roster(depot, day)  # expect: WAC101
    await wait_for_approval(timeout=3600, description=f"Swap {driver_a} and {driver_b} on {day}")
    breathe(5)  # expect: WAC101
    after = await roster(depot=depot, day=day, swap=[driver_a, driver_b])  # expect: WAC402
    await step(swap_key(driver_a, driver_b), lambda: {"before": len(before["turns"]), "after": after})  # expect: WAC102, WAC103
    return after
