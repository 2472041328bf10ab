# SDK: wmill 1.850.0 client.py: `task` wrapper merges positional args by parameter name and calls ctx._next_step; the body reruns from the top on every round
from wmill import step, task, workflow

from f.people.tasks import create_account, provision_slack
from f.platform.clock import utc_now
from f.platform.http import build_url, post_json

HRIS = "https://hris.internal.example.com/api"


@task()
async def record_start(employee_id: str, started_at: str) -> dict:
    return {"employee_id": employee_id, "started_at": started_at}


@workflow
async def main(employee_id: str, email: str, team: str = "platform"):
    # Mark the employee as "onboarding" in the HRIS before we start.
    post_json(build_url(HRIS, "employees", employee_id, "status"), {"status": "onboarding"})  # expect: WAC101

    started = utc_now().isoformat()  # expect: WAC102
    await record_start(employee_id, started)

    account = await create_account(employee_id=employee_id, mail=email, team=team)  # expect: WAC402
    await provision_slack(email=email)
    return {"account": account, "started": started}
