# SDK: wmill 1.850.0 client.py: `except Exception` lets _StepSuspend (BaseException) through
from wmill import task, workflow

from f.people.tasks import create_account, provision_github, provision_slack
from f.platform.guards import tolerant


@workflow
async def main(employee_id: str, email: str, github_user: str = ""):
    account = await create_account(employee_id=employee_id, email=email)
    await tolerant(provision_slack, email=email)
    if github_user:
        await tolerant(provision_github, username=github_user, teams=["eng"])
    return account
