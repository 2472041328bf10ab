from wmill import task_script, workflow

flexible = task_script("u/bob/flexible")


@workflow
async def main(region: str):
    return await flexible(region=region, anything="goes", retries=3)
