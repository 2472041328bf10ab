from wmill import task_script, workflow

helper = task_script("./rel_helper.py")
gone = task_script("./rel_gone.py")  # expect: WAC401


@workflow
async def main(x: int):
    a = await helper(y=x)  # expect: WAC402
    b = await gone(x=x)
    return [a, b]
