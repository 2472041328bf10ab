# SDK: wmill 1.850.0: sleep inside a for loop; a pure helper called `fetch_schedule` reads only its argument
from wmill import sleep, step, task, workflow

AGEING_PLAN = {
    "gouda_young": [7, 14, 28],
    "gouda_old": [30, 90, 180, 365],
    "tomme": [14, 45, 90],
}


def fetch_schedule(style: str) -> list[int]:
    """Pure: looks up the turning schedule (the name is historical)."""
    days = AGEING_PLAN.get(style)
    if days is None:
        raise ValueError(f"unknown style {style}")
    return list(days)


def send_to_log(batch_id: str, day: int) -> str:
    """Pure: formats a log line; the name is the team's convention."""
    return f"batch {batch_id}: turned at day {day}"


@task()
async def turn_wheels(batch_id: str, day: int) -> dict:
    import requests

    resp = requests.post(
        "https://cave.example.coop/api/turn", json={"batch": batch_id, "day": day}, timeout=30
    )
    resp.raise_for_status()
    return resp.json()


@task()
async def grade(batch_id: str) -> str:
    import requests

    return requests.get(f"https://cave.example.coop/api/batches/{batch_id}/grade", timeout=30).json()["grade"]


@workflow
async def main(batch_id: str, style: str = "gouda_young"):
    schedule = fetch_schedule(style)
    log: list[str] = []
    previous = 0
    for day in schedule:
        await sleep((day - previous) * 86400)
        previous = day
        await turn_wheels(batch_id, day)
        log.append(send_to_log(batch_id, day))
    final_grade = await grade(batch_id)
    graded_on = await step("graded_on", lambda: __import__("datetime").date.today().isoformat())
    return {"batch": batch_id, "grade": final_grade, "graded_on": graded_on, "log": log}
