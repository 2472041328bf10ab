# SDK: wmill 1.850.0 _checked_retry rejects keys other than attempts / delay / multiplier / max_delay
"""Ported from Temporal: RetryPolicy(maximum_attempts=5, backoff_coefficient=2.0) became a task retry dict."""
from wmill import task, workflow


@task(retry={"attempts": 5, "delay": 10, "backoff_coefficient": 2.0})  # expect: WAC302
async def sync_ledger(account_id: str) -> dict:
    import httpx
    import wmill

    api = wmill.get_resource("f/fin/ledger_api")
    r = httpx.post(f"{api['url']}/accounts/{account_id}/sync", timeout=120)
    r.raise_for_status()
    return r.json()


@task(retry={"attempts": 3, "delay": 5, "multiplier": 2, "max_delay": 60})
async def notify_owner(account_id: str, summary: dict) -> None:
    import httpx
    import wmill

    hook = wmill.get_variable("f/fin/slack_webhook")
    httpx.post(hook, json={"text": f"ledger {account_id}: {summary.get('entries', 0)} entries"})


@workflow
async def main(account_id: str):
    summary = await sync_ledger(account_id)
    await notify_owner(account_id, summary)
    return summary
