from wmill import task_script, workflow

child = task_script("f/nr/targets/ts_child")


@workflow
async def main(label: str):
    return await child(count=3, label=label, dryRun=True)
