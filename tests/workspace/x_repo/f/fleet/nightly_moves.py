# SDK: wmill 1.850.0; calling another workflow's main runs its body inline (guide: do not call main; use task_script)
"""Extra truck moves after the nightly rebalance, reusing its helpers."""

from wmill import step, workflow

from f.fleet.rebalance import fetch_depots, move_truck, plan_moves
from f.fleet.rebalance import main as rebalance


@workflow
async def main(region: str, extra: list[list[str]], dry_run: bool = False):  # expect: WAC901
    base = await rebalance(region)  # expect: WAC006
    depots = await fetch_depots(region)  # expect: WAC101
    planned = await step("plan", lambda: plan_moves(depots))
    moved = []
    for src, dst in extra:
        moved.append(await move_truck(src, dst))
    return {"base": base, "planned": planned, "moved": moved}
