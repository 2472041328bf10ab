from wmill import task_script, workflow

report = task_script("f/pr/targets/report")


@workflow
async def main(name: str, count: int = 1):
    return await report(title=name, count=count, verbose=True)
