from wmill import task_script, workflow

helper = task_script("f/inner/helper")
outer = task_script("f/pr/targets/score")  # expect: WAC401


@workflow
async def main(text: str):
    a = await helper(text=text, times=2)
    b = await outer(values=[1, 2])
    c = await helper(txt=text)  # expect: WAC402
    return [a, b, c]
