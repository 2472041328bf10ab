# SDK: wmill 1.850.0 client.py parallel(): items[i : i + batch] on a dict_keys view raises TypeError ('dict_keys' object is not subscriptable).
from wmill import parallel, task, workflow


@task()
async def close_account(account_id: str) -> str:
    return f"closed {account_id}"


@workflow
async def main(balances: dict[str, float]):
    dormant = {k: v for k, v in balances.items() if v == 0}
    closed = await parallel(dormant.keys(), close_account, concurrency=10)  # expect: WAC301
    return closed
