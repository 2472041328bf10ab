from wmill import task_flow, workflow

reconcile = task_flow("f/billing/reconcile", timeout=3600)


@workflow
async def main(period: str, max_rows: int = 500):
    return await reconcile(period=period, max_rows=max_rows)
