"""Swap two drivers' turns on a service day after the depot manager approves."""

from wmill import sleep, step, task, task_script, wait_for_approval, workflow

from u.mira.pacing import spread

from .rosterlib import current_roster, pair

roster = task_script("f/rail_ops/crew_roster")


@task()
async def roster_before(depot: str, day: str) -> dict:
    return current_roster(depot, day)


@workflow
async def main(depot: str, day: str, driver_a: str, driver_b: str):
    before = await roster_before(depot, day)
    await wait_for_approval(timeout=3600, description=f"Swap {driver_a} and {driver_b} on {day}")
    await sleep(5)
    after = await roster(depot=depot, day=day, swap_pair=pair(driver_a, driver_b))
    await step("record", lambda: {"before": len(before["turns"]), "after": after})
    return {"after": after, "offsets_min": spread(30, 2)}
