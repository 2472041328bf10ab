# SDK: wmill 1.850.0 client.py: TaskError is raised for failed tasks (except Exception is safe, _StepSuspend is a BaseException); get_resume_urls is read inside step().
import asyncio
from datetime import datetime, timezone

from wmill import TaskError, get_resume_urls, step, task, task_script, wait_for_approval, workflow

create_mailbox = task_script("f/it/create_mailbox", timeout=300)


@task(timeout=120)
async def create_account(email: str, team: str) -> dict:
    import httpx

    resp = httpx.post("https://idp.example.com/api/users", json={"email": email, "team": team})
    resp.raise_for_status()
    return resp.json()


@task()
async def add_to_groups(user_id: str, groups: list[str]) -> list[str]:
    return groups


@task()
async def order_laptop(user_id: str, model: str) -> str:
    return f"PO-{user_id[:6]}"


@task()
async def ask_manager(manager: str, approve_url: str, reject_url: str) -> bool:
    return True


@task()
async def welcome(email: str, start_date: str) -> bool:
    return True


@workflow
async def main(email: str, team: str, manager: str, laptop: str = "standard"):
    requested_at = await step("requested_at", lambda: datetime.now(timezone.utc).isoformat())
    account = await create_account(email, team)
    mailbox, groups = await asyncio.gather(
        create_mailbox(email=email),
        add_to_groups(account["id"], [team, "everyone"]),
    )
    purchase = None
    if laptop != "standard":
        urls = await step("urls", lambda: get_resume_urls(approver=manager))
        await ask_manager(manager, urls["resume"], urls["cancel"])
        decision = await wait_for_approval(timeout=3 * 86400)
        if decision.get("approved", True):
            try:
                purchase = await order_laptop(account["id"], laptop)
            except TaskError as err:
                purchase = f"manual order needed: {err}"
    try:
        await welcome(email, requested_at[:10])
    except Exception:
        pass
    return {"account": account["id"], "mailbox": mailbox, "groups": groups, "laptop": purchase}
