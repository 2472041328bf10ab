# SDK: wmill 1.850.0 client.py `get_variable` requests `/w/{ws}/variables/get_value/{path}`; `functools.cache` lives in one process and each replay is a new run of the script, so the body asks the API again every round.
import functools

import wmill
from wmill import task, workflow


@functools.cache
def crm_token() -> str:
    return wmill.get_variable("f/sales/crm_token")


@task()
async def sync_account(account_id: str, token: str) -> dict:
    return {"account": account_id, "synced": bool(token)}


@workflow
async def main(account_ids: list[str]):
    token = crm_token()  # expect: WAC101
    results = []
    for account_id in account_ids:
        results.append(await sync_account(account_id, token))
    return results
