# SDK: wmill 1.850.0 client.py parallel(): list(d) of a dict built from the input keeps insertion order, has a length and slices.
from wmill import parallel, task, workflow


@task()
async def close_account(account_id: str) -> str:
    return f"closed {account_id}"


@workflow
async def main(balances: dict[str, float]):
    dormant = {k: v for k, v in balances.items() if v == 0}
    closed = await parallel(list(dormant), close_account, concurrency=10)
    return closed
