# SDK: wmill 1.850.0 client.py: SaaS accounts are created by tasks (one child job each, checkpointed); the systems are iterated from a list in a fixed order, and the manager's approval has its own key.
import logging
from typing import Literal, TypedDict

from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("onboarding")

System = Literal["okta", "google", "slack", "github"]
ORDER: list[System] = ["okta", "google", "slack", "github"]


class Hire(TypedDict):
    email: str
    name: str
    team: str
    manager_email: str


@task(timeout=120, retry={"attempts": 3, "delay": 20, "multiplier": 2})
async def provision(system: str, hire: dict) -> dict:
    return {"system": system, "account": f"{system}:{hire['email']}"}


@task()
async def send_email(to: str, subject: str, body: str) -> bool:
    return True


@task()
async def record_onboarding(email: str, accounts: list, approved_by: str) -> str:
    return "rec_1"


@workflow
async def main(hire: Hire, systems: list[System] | None = None, approval_hours: int = 48):
    wanted = [s for s in ORDER if s in (systems or ORDER)]
    urls = await step("manager_urls", lambda: get_approval_urls("manager"))
    await send_email(
        hire["manager_email"],
        f"Approve access for {hire['name']}",
        f"Systems: {', '.join(wanted)}\nApprove: {urls['approvalPage']}",
    )
    decision = await wait_for_approval(key="manager", timeout=approval_hours * 3600)
    if not decision["approved"]:
        return {"status": "rejected", "by": decision["approver"]}

    accounts = []
    failed = []
    for system in wanted:
        try:
            accounts.append(await provision(system, dict(hire)))
        except TaskError as e:
            log.warning("provisioning %s failed: %s", system, e)
            failed.append(system)
    rec = await record_onboarding(hire["email"], accounts, decision["approver"])
    return {"status": "done" if not failed else "partial", "record": rec, "failed": failed}
