from wmill import task_script, workflow

report = task_script("u/alice/report")
missing = task_script("u/alice/reprot")  # expect: WAC401


@workflow
async def main(day: str):
    a = await report(days=day)  # expect: WAC402
    b = await report(day=day, rows="1,2,3")  # expect: WAC402
    return [a, b, await missing(day=day)]
