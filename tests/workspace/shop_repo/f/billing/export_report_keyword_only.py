from wmill import task_script, workflow

export_report = task_script("f/billing/export_report")


@workflow
async def main(period: str):
    csv = await export_report(period=period)
    xlsx = await export_report(period=period, fmt="xlsx", include_drafts=True)  # expect: WAC402
    return [csv, xlsx]
