# SDK: wmill 1.850.0 client.py parallel(): slicing a dict (items[0:n]) raises TypeError (unhashable type: 'slice' on Python 3.11), so the fan-out never starts.
from wmill import parallel, task, workflow


@task()
async def close_account(account_id: str) -> str:
    return f"closed {account_id}"


@workflow
async def main(balances: dict[str, float]):
    dormant = {k: v for k, v in balances.items() if v == 0}
    closed = await parallel(dormant, close_account)  # expect: WAC301
    return closed
