# SDK: wmill 1.850.0 client.py: workflow() docstring: branching on current time must use step(); date.today() and datetime.utcnow() read the clock in every round of the body
from datetime import date, datetime

from wmill import sleep, task, workflow


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
async def remind_manager(manager_id: str, review_id: str) -> None:
    print(f"remind {manager_id} about {review_id}")


@workflow
async def main(employee_id: str, probation_days: int = 90):
    emp = await get_employee(employee_id)
    hired = date.fromisoformat(emp["hire_date"])
    days_in = (date.today() - hired).days  # expect: WAC102
    if days_in < probation_days - 14:
        return {"employee": employee_id, "status": "too_early", "days_in": days_in}

    review = await schedule_review(employee_id, emp["manager_id"], emp["probation_end"])
    requested_at = datetime.utcnow().isoformat()  # expect: WAC102
    await sleep(3 * 24 * 3600)
    await remind_manager(emp["manager_id"], review["id"])
    return {"employee": employee_id, "review": review["id"], "requested_at": requested_at}
