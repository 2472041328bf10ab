from wmill import task_flow, workflow

reconcile = task_flow("f/billing/reconcile")


@workflow
async def main(period: str):
    return await reconcile(period=period, max_rows="all")  # expect: WAC402
