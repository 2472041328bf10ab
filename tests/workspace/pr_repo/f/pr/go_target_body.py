from wmill import task_script, workflow

report = task_script("f/pr/targets/report")


@workflow
async def main(name: str):
    first = await report(title=name, count="3", verbose=False)  # expect: WAC402
    second = await report(title=name, count=2)  # expect: WAC402
    return [first, second]
