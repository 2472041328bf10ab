# SDK: wmill 1.850.0 client.py: step() checkpoints fn()'s JSON result (_run_inline_step, default=str) and replays it; date.fromisoformat of that string is pure
from datetime import date, datetime, timezone

from wmill import sleep, step, task, workflow


@task()
async def get_employee(employee_id: str) -> dict:
    import httpx

    return httpx.get(f"https://hris.internal/api/employees/{employee_id}", timeout=15).json()


@task()
async def schedule_review(employee_id: str, manager_id: str, due: str) -> dict:
    import httpx

    r = httpx.post(
        "https://hris.internal/api/reviews",
        json={"employee": employee_id, "manager": manager_id, "due": due},
        timeout=15,
    )
    return r.json()


@task()
async def stamp_request(review_id: str) -> str:
    # the task's own job reads the clock once; its result is checkpointed
    return f"{review_id}@{datetime.now(timezone.utc).isoformat()}"


@workflow
async def main(employee_id: str, probation_days: int = 90):
    emp = await get_employee(employee_id)
    hired = date.fromisoformat(emp["hire_date"])
    today_s = await step("today", lambda: date.today().isoformat())
    days_in = (date.fromisoformat(today_s) - hired).days
    if days_in < probation_days - 14:
        return {"employee": employee_id, "status": "too_early", "days_in": days_in}

    review = await schedule_review(employee_id, emp["manager_id"], emp["probation_end"])
    stamp = await stamp_request(review["id"])
    await sleep(3 * 24 * 3600)
    return {"employee": employee_id, "review": review["id"], "stamp": stamp}
