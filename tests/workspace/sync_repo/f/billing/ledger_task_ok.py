from wmill import task_script, workflow

ledger = task_script("f/billing/ledger")


@workflow
async def main(account: int):
    return await ledger(database="$res:f/billing/pg", account=account)
