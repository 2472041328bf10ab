# SDK: wmill 1.850.0 client.py: a task wrapper returns an awaitable; not awaiting it drops the result; the task body gets **merged kwargs
from wmill import task, workflow

from f.people.tasks import PROVISIONERS, create_account


@workflow
async def main(employee_id: str, email: str, github_user: str):
    await create_account(employee_id=employee_id, email=email)
    gh = await PROVISIONERS["github"](user=github_user, teams=["eng"])  # expect: WAC402
    PROVISIONERS["slack"](email=email)  # expect: WAC106
    return {"github": gh}
