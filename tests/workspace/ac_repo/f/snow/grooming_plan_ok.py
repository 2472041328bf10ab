"""Nightly grooming plan: the picks are kept in the workflow's own list."""

from wmill import task, task_flow, workflow

from f.common import ledger
from f.snow.clock import today_local

bulletin = task_flow("f/avalanche/bulletin")
MAX_RUNS_PER_CAT = 6


@task()
async def run_conditions(zone: str) -> list[dict]:
    import requests

    return requests.get(f"https://snow.resort.example/v2/zones/{zone}/runs", timeout=20).json()


@task()
async def dispatch_cat(cat_id: str, runs: list[str]) -> dict:
    import requests

    resp = requests.post(
        "https://fleet.resort.example/cats/dispatch",
        json={"cat": cat_id, "runs": runs},
        timeout=20,
    )
    return resp.json()


@workflow
async def main(zones: list[str], cats: list[str], run_date: str, danger: dict[str, int]):
    day = today_local(run_date)
    picks: list[dict] = []
    for zone in zones:
        runs = await run_conditions(zone)
        worst = sorted(runs, key=lambda r: r["moguls"], reverse=True)[:MAX_RUNS_PER_CAT]
        picks.extend({"run": run["id"], "zone": zone} for run in worst)
        if danger.get(zone, 0) > 3:
            await bulletin(zone=zone, level=danger[zone])
    for cat_id, pick in zip(cats, picks):
        await dispatch_cat(cat_id, [pick["run"]])
    return {"day": day, "summary": ledger.summarize(picks)}
