"""Morning lift opening: check the overnight wind log, ask patrol to sign off on each
lift, open the ones that pass and close the others with a reason."""

from wmill import step, task, task_script, wait_for_approval, workflow

from f.common.timeutil import fmt_minutes, local_day

WIND_LIMIT_KMH = 65
close_lift = task_script("f/lifts/close_lift", timeout=300)


@task()
async def wind_log(lift_id: str, day: str) -> dict:
    import requests

    resp = requests.get(f"https://wind.resort.example/{lift_id}/{day}", timeout=15)
    return resp.json()


@task()
async def open_lift(lift_id: str, minutes_late: int) -> dict:
    import requests

    resp = requests.post(
        "https://ops.resort.example/api/openings",
        json={"lift": lift_id, "late": minutes_late},
        timeout=15,
    )
    return resp.json()


@workflow
async def main(lifts: list[str], opening_delay: int = 0):
    day = local_day()  # expect: WAC102
    opened, closed = [], []
    for lift_id in lifts:
        log = await wind_log(lift_id, day)
        if log["max_gust_kmh"] > WIND_LIMIT_KMH:
            await close_lift(lift_id=lift_id, until=day)  # expect: WAC402
            closed.append(lift_id)
            continue
        verdict = await wait_for_approval(
            timeout=3600,
            description=f"Patrol sign-off for {lift_id}",
        )
        if not verdict["approved"]:
            await close_lift(lift_id=lift_id, reason="patrol hold")
            closed.append(lift_id)
            continue
        await open_lift(lift_id, opening_delay)
        opened.append(lift_id)
    label = await step("late_label", lambda: fmt_minutes(opening_delay))
    return {"day": day, "opened": opened, "closed": closed, "late": label}
