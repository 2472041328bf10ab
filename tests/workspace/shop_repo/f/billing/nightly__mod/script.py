from wmill import task_script, workflow

normalise = task_script("./normalise.py")
dedupe = task_script("./dedupe.py")  # expect: WAC401


@workflow
async def main(day: str):  # expect: WAC901
    rows = await normalise(day=day)
    return await dedupe(rows=rows)
