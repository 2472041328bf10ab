# SDK: wmill 1.850.0 client.py: a coroutine that is never awaited never runs, so the task inside it is never dispatched
from wmill import task, workflow

from .tasks import create_account, notify_manager


@workflow
async def main(employee_id: str, email: str, manager_email: str):
    account = await create_account(employee_id=employee_id, email=email)
    notify_manager(manager_email, employee_id)  # expect: WAC106
    return account
