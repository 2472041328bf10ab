# SDK: wmill 1.850.0 client.py: the body reruns each round; os.environ may differ between the workers that replay it
from wmill import step, task, workflow

from .allowance import allowance_for, format_offer


@task()
async def book_movers(employee_id: str, city: str, budget: float) -> dict:
    return {"employee_id": employee_id, "city": city, "budget": budget}


@workflow
async def main(employee_id: str, from_city: str, to_city: str, salary: float):
    budget = allowance_for(salary, from_city, to_city)  # expect: WAC102
    offer = format_offer(employee_id, to_city, budget)
    booking = await book_movers(employee_id=employee_id, city=to_city, budget=budget)
    return {"offer": offer, "booking": booking}
