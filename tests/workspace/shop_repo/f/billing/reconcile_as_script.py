from wmill import task_script, workflow

reconcile = task_script("f/billing/reconcile")  # expect: WAC401


@workflow
async def main(period: str):
    return await reconcile(period=period)
