# SDK: wmill 1.850.0 step(): the Redis read and the audit write run once inside step callbacks; audit_line and quota_key (f/core) are pure.
"""Send a batch of campaign texts while the account still has quota."""

from wmill import step, task, workflow

from f.core.audit import audit_line, write_audit
from f.core.quota import current_quota, quota_key
from f.core.tasks import send_sms


@task()
async def top_up(account: str, amount: int) -> int:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://sms.example-gateway.io/accounts/{account}/top-up", json={"n": amount})
        return r.json()["balance"]


@workflow
async def main(account: str, plan: str, recipients: list[str], text: str):
    if (left := await step("quota", lambda: current_quota(account))) < len(recipients):
        left = await top_up(account, len(recipients) - left)

    match plan:
        case "enterprise":
            ids = [await send_sms(phone, text, sender="CLINIC") for phone in recipients]
        case "trial":
            await step(
                "audit_trial",
                lambda: write_audit("trial_blocked", account=account, key=quota_key(account)),
            )
            ids = []
        case _:
            ids = [await send_sms(phone, text) for phone in recipients[:left]]
    return {"sent": ids, "line": audit_line("sent", account=account, n=len(ids))}
