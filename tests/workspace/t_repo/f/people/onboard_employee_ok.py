# SDK: wmill 1.850.0 client.py: step() runs fn once and checkpoints its JSON result; task wrappers dispatch by parameter name
from wmill import step, task, workflow

from f.people.tasks import create_account, provision_slack
from f.platform.clock import period_label, utc_now
from f.platform.http import build_url, post_json

HRIS = "https://hris.internal.example.com/api"


@task()
async def mark_onboarding(employee_id: str) -> dict:
    return post_json(build_url(HRIS, "employees", employee_id, "status"), {"status": "onboarding"})


@workflow
async def main(employee_id: str, email: str, start_period: str, team: str = "platform"):
    await mark_onboarding(employee_id)
    started = await step("started_at", lambda: utc_now().isoformat())
    label = period_label(start_period)

    account = await create_account(employee_id, email, team=team)
    await provision_slack(email=email)
    return {"account": account, "started": started, "period": label}
