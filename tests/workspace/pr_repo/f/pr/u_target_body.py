from wmill import task_script, workflow

greet = task_script("u/alice/greet")


@workflow
async def main(who: str):
    a = await greet(who=who, loud="yes")  # expect: WAC402
    b = await greet(name=who)  # expect: WAC301, WAC402
    return [a, b]
