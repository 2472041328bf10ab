from wmill import task_script, workflow

ledger = task_script("f/billing/ledger")


@workflow
async def main():
    return await ledger(database="$res:f/billing/pg", since="2025-01-01")  # expect: WAC402
