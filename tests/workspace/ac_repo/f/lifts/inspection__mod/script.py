"""Daily lift inspection: read the cable gauges and sheave wear of each lift, score
them, ask the lift mechanic to confirm any failure, and close failed lifts."""

from wmill import task, task_script, wait_for_approval, workflow

from .checks import cable_score
from .report import summary_line

close_lift = task_script("f/lifts/close_lift")
file_ticket = task_script("f/maintenance/file_ticket")  # expect: WAC401


@task()
async def gauges(lift_id: str) -> dict:
    import requests

    return requests.get(f"https://ops.resort.example/api/gauges/{lift_id}", timeout=15).json()


@workflow
async def main(lifts: list[str], mechanic_on_call: str):
    lines = []
    failed = []
    for lift_id in lifts:
        g = await gauges(lift_id)
        cable = cable_score(g["cable_mm"])  # expect: WAC102
        lines.append(summary_line(lift_id, cable, g["sheave_wear"]))
        if not cable["ok"]:
            failed.append(lift_id)
    if failed:
        answer = await wait_for_approval(
            timeout=7200,
            form={"properties": {"confirm": {"type": "boolean"}}},
            description=f"{mechanic_on_call}: confirm closing {', '.join(failed)}",
        )
        if answer["approved"]:
            for lift_id in failed:
                await close_lift(lift_id=lift_id, reason="inspection failed")
                await file_ticket(lift_id=lift_id, lines=lines)
    return lines
