# SDK: wmill 1.850.0 client.py _alloc_key numbers steps in call order; iterating a set of system names dispatches the provisioning tasks in a per-process hash order, so replays can pair results with the wrong keys.
import logging
from typing import TypedDict

from wmill import TaskError, task, wait_for_approval, workflow

log = logging.getLogger("onboarding")


class Hire(TypedDict):
    email: str
    name: str
    team: str


TEAM_SYSTEMS = {
    "eng": {"okta", "google", "github", "pagerduty"},
    "sales": {"okta", "google", "salesforce"},
}


@task(timeout=120)
async def provision(system: str, email: str) -> dict:
    return {"system": system, "account": email}


@task()
async def notify_it(text: str) -> bool:
    return True


@workflow
async def main(hire: Hire):
    systems = TEAM_SYSTEMS.get(hire["team"], {"okta", "google"})
    await notify_it(f"New hire {hire['name']} on {hire['team']}")
    approval = await wait_for_approval(timeout=86400)
    if not approval["approved"]:
        return {"status": "rejected"}
    accounts = []
    for system in systems:  # expect: WAC105
        try:
            accounts.append(await provision(system, hire["email"]))
        except TaskError:
            log.exception("provision %s", system)
    return {"status": "done", "accounts": accounts}
