# SDK: wmill 1.850.0 client.py: awaiting the helper dispatches the task inside it
from wmill import task, workflow

from .tasks import create_account, notify_manager


@workflow
async def main(employee_id: str, email: str, manager_email: str):
    account = await create_account(employee_id=employee_id, email=email)
    await notify_manager(manager_email, employee_id)
    return account
