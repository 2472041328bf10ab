"""Nightly audit of lift closures."""

from wmill import step, task, task_script, workflow

from f.common.clock import season_day

close_lift = task_script("f/lifts/close_lift", timeout=120)

OPENING_DAY = "2026-11-21"


@task()
async def board_state() -> dict:
    import requests

    return requests.get("https://board.resort.example/lifts", timeout=15).json()


@task()
async def closures_logged(day: str) -> list[dict]:
    import requests

    return requests.get(f"https://ops.resort.example/api/closures?day={day}", timeout=15).json()


@workflow
async def main(day: str, dry_run: bool = False):
    board = await board_state()
    closed = await closures_logged(day)
    still_open = [c["lift"] for c in closed if board.get(c["lift"]) == "open"]
    failures = []
    if not dry_run:
        for lift_id in still_open:
            try:
                await close_lift(lift_id=lift_id, reason="audit: closure not on board")
            except Exception as exc:
                failures.append(f"{lift_id}: {exc}")
    return {
        "season_day": await step("season_day", lambda: season_day(OPENING_DAY)),
        "still_open": still_open,
        "failures": failures,
    }
