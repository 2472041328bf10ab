"""Onboarding tasks shared by the people workflows."""

import requests
from wmill import task

HRIS = "https://hris.internal.example.com/api"


@task(timeout=300, tag="hr")
async def create_account(employee_id: str, email: str, team: str = "general") -> dict:
    resp = requests.post(f"{HRIS}/accounts", json={"id": employee_id, "email": email, "team": team}, timeout=30)
    resp.raise_for_status()
    return resp.json()


@task(retry={"attempts": 3, "delay": 20, "multiplier": 2})
async def provision_github(username: str, teams: list[str]) -> dict:
    resp = requests.put(f"https://api.github.com/orgs/acme/memberships/{username}", json={"role": "member"}, timeout=30)
    return {"status": resp.status_code, "teams": teams}


@task()
async def provision_slack(email: str) -> dict:
    resp = requests.post("https://slack.com/api/admin.users.invite", data={"email": email}, timeout=30)
    return resp.json()


@task()
async def send_welcome(manager_email: str, employee_id: str) -> None:
    requests.post(f"{HRIS}/mail", json={"to": manager_email, "template": "welcome", "id": employee_id}, timeout=30)


PROVISIONERS = {
    "github": provision_github,
    "slack": provision_slack,
}


async def notify_manager(manager_email: str, employee_id: str) -> None:
    """Tell the manager their report starts soon (dispatches `send_welcome`)."""
    await send_welcome(manager_email=manager_email, employee_id=employee_id)
