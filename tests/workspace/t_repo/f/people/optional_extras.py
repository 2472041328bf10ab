# SDK: wmill 1.850.0 client.py: _StepSuspend is a BaseException; a handler catching BaseException around a task call swallows the suspension
from wmill import task, workflow

from f.people.tasks import create_account, provision_github, provision_slack
from f.platform.guards import best_effort


@workflow
async def main(employee_id: str, email: str, github_user: str = ""):
    account = await create_account(employee_id=employee_id, email=email)
    await best_effort(provision_slack, email=email)  # expect: WAC201
    if github_user:
        await best_effort(provision_github, username=github_user, teams=["eng"])  # expect: WAC201
    return account
