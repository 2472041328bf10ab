# SDK: wmill 1.850.0 client.py: the decorator line is exactly `@workflow`; a comment line before `async def` does not change it (windmill-oracle dag: success).
from wmill import task, workflow


@task()
async def reconcile(account: str) -> dict:
    return {"account": account, "diff": 0}


@workflow
# entry point: Windmill runs main
async def main(accounts: list[str]):
    results = []
    for account in accounts:
        results.append(await reconcile(account))
    return results
