# SDK: wmill 1.850.0 get_variable / get_resource are API calls: inside a task (its own job) or a step (checkpointed) they run once; get_workspace() returns the client's workspace
"""Quarterly access review: list privileged accounts and ask each owner to confirm them."""
import os

import wmill
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

DRY_RUN_DEFAULT = os.environ.get("ACCESS_REVIEW_DRY_RUN") == "1"


@task(timeout=600)
async def privileged_accounts(system: str) -> list[dict]:
    import httpx

    okta = wmill.get_resource("f/security/okta_admin")
    headers = {"Authorization": f"SSWS {okta['token']}"}
    async with httpx.AsyncClient(base_url=okta["domain"], headers=headers) as client:
        resp = await client.get(f"/api/v1/groups/{system}-admins/users")
    return [{"login": u["profile"]["login"], "manager": u["profile"].get("manager")} for u in resp.json()]


@task()
async def send_review_request(system: str, accounts: list[dict], approval_page: str) -> None:
    import httpx

    channel = wmill.get_variable("f/security/review_channel")
    text = f"Access review for {system}: {len(accounts)} privileged accounts. Review: {approval_page}"
    async with httpx.AsyncClient() as client:
        await client.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text})


@task()
async def revoke(system: str, logins: list[str], workspace: str) -> int:
    return len(logins)


@workflow
async def main(system: str, dry_run: bool = DRY_RUN_DEFAULT):
    workspace = wmill.get_workspace()
    accounts = await privileged_accounts(system)
    urls = await step("review_urls", lambda: get_resume_urls())
    await send_review_request(system, accounts, urls["approvalPage"])
    verdict = await wait_for_approval(timeout=7 * 24 * 3600, form={"revoke": {"type": "array"}})
    strict = await step("strict_mode", lambda: os.environ.get("ACCESS_REVIEW_STRICT", "0") == "1")
    if dry_run or not strict:
        return {"system": system, "dry_run": True, "verdict": verdict}
    revoked = await revoke(system, verdict["value"].get("revoke", []), workspace)
    return {"system": system, "revoked": revoked}
