# SDK: wmill 1.850.0 get_variable / get_resource are HTTP GETs to the Windmill API (_client.get) run by whoever calls them; os.environ is the worker's environment
"""Quarterly access review: list privileged accounts and ask each owner to confirm them."""
import os

import wmill
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task(timeout=600)
async def privileged_accounts(system: str, okta: dict) -> list[dict]:
    import httpx

    headers = {"Authorization": f"SSWS {okta['token']}"}
    async with httpx.AsyncClient(base_url=okta["domain"], headers=headers) as client:
        resp = await client.get(f"/api/v1/groups/{system}-admins/users")
    return [{"login": u["profile"]["login"], "manager": u["profile"].get("manager")} for u in resp.json()]


@task()
async def send_review_request(channel: str, system: str, accounts: list[dict], approval_page: str) -> None:
    import httpx

    text = f"Access review for {system}: {len(accounts)} privileged accounts. Review: {approval_page}"
    async with httpx.AsyncClient() as client:
        await client.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text})


@task()
async def revoke(system: str, logins: list[str]) -> int:
    return len(logins)


@workflow
async def main(system: str):
    okta = wmill.get_resource("f/security/okta_admin")  # expect: WAC101
    accounts = await privileged_accounts(system, okta)
    channel = wmill.get_variable("f/security/review_channel")  # expect: WAC101
    urls = await step("review_urls", lambda: get_resume_urls())
    await send_review_request(channel, system, accounts, urls["approvalPage"])
    verdict = await wait_for_approval(timeout=7 * 24 * 3600, form={"revoke": {"type": "array"}})
    if os.environ.get("ACCESS_REVIEW_DRY_RUN") == "1":  # expect: WAC102
        return {"system": system, "dry_run": True, "verdict": verdict}
    revoked = await revoke(system, verdict["value"].get("revoke", []))
    return {"system": system, "revoked": revoked}
