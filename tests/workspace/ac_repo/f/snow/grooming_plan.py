"""Nightly grooming plan: pick the runs to groom per zone, record each pick in the
crew ledger, and trigger the avalanche bulletin for the zones above level 3."""

from wmill import step, task, task_flow, workflow

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
    for zone in zones:
        runs = await run_conditions(zone)
        worst = sorted(runs, key=lambda r: r["moguls"], reverse=True)[:MAX_RUNS_PER_CAT]
        for run in worst:
            await step(f"pick_{zone}_{run['id']}", lambda: ledger.record({"run": run["id"], "zone": zone}))  # expect: WAC104, WAC103
        if danger.get(zone, 0) > 3:
            await bulletin(zone=zone, level=danger[zone], region="north")  # expect: WAC402
    picks = ledger.entries()
    for cat_id, pick in zip(cats, picks):
        await dispatch_cat(cat_id, [pick["run"]])
    return {"day": day, "summary": ledger.summarize(picks)}
