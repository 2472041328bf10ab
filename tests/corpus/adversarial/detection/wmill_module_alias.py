# SDK: wmill 1.850.0 client.py: `wm.workflow` is wmill.workflow, but the worker wants a line `@workflow` and windmill-oracle dag answers "No @workflow async function found".
import wmill as wm
from wmill import task


@task()
async def reconcile(account: str) -> dict:
    return {"account": account, "diff": 0}


@wm.workflow  # expect: WAC002
async def main(accounts: list[str]):
    return [await reconcile(a) for a in accounts]
