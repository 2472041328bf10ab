# SDK: wmill 1.850.0 workflow(): body values must be the same on every replay; f/core/sampling.spread_delay draws from secrets.randbelow.
"""Assign a second reviewer to each lab report and schedule the review."""

from wmill import sleep, task, workflow

from f.core.sampling import digest, pick_reviewer, spread_delay, stable_id


@task()
async def assign_review(report_id: str, reviewer: str, review_id: str) -> dict:
    return {"report": report_id, "reviewer": reviewer, "id": review_id}


@workflow
async def main(reports: list[str], team: list[str]):
    assigned = []
    for report_id in reports:
        reviewer = pick_reviewer(team, seed=report_id)
        review_id = stable_id(f"{report_id}:{reviewer}")
        assigned.append(await assign_review(report_id, reviewer, review_id))
    await sleep(spread_delay(60))  # expect: WAC102
    return {"assigned": assigned, "fingerprint": digest(",".join(reports))}
