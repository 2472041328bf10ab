# MISTAKE: @workflow is on a helper instead of the entry point. Windmill runs
# `main`, which here is a plain coroutine, so no checkpointing happens.
from wmill import task, workflow
import requests


@task(timeout=600)
async def export_accounts(source: str) -> list:
    return requests.get(f"https://{source}/api/accounts/export", timeout=300).json()


@task(timeout=600)
async def import_accounts(target: str, accounts: list) -> int:
    resp = requests.post(f"https://{target}/api/accounts/import", json=accounts, timeout=300)
    resp.raise_for_status()
    return resp.json()["imported"]


@workflow  # expect: WAC005
async def sync_accounts(source: str, target: str):
    accounts = await export_accounts(source)
    imported = await import_accounts(target, accounts)
    return {"exported": len(accounts), "imported": imported}


async def main(source: str, target: str):
    return await sync_accounts(source, target)
