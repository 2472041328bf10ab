from wmill import task_script, workflow

export_report = task_script("f/billing/export_report")


@workflow
async def main(period: str):
    return await export_report(period=period, fmt="pdf")  # expect: WAC402
