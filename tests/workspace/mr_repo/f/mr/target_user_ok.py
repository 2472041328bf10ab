from wmill import task_script, workflow

report = task_script("u/alice/report")


@workflow
async def main(day: str):
    return await report(day=day, rows=[1, 2, 3])
