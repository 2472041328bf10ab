from wmill import task_script, workflow

child = task_script("f/nr/targets/ts_child")


@workflow
async def main(label: str):
    a = await child(count="3", label=label)  # expect: WAC402
    b = await child(count=3)  # expect: WAC402
    c = await child(count=3, label=label, dry_run=True)  # expect: WAC402
    return [a, b, c]
