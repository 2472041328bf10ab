from wmill import task_script, workflow

shapes = task_script("f/nr/targets/shapes")


@workflow
async def main(when: str):
    a = await shapes(data=[1, 2], items=[], when=when)  # expect: WAC402
    b = await shapes(data={}, items={"a": 1}, when=when)  # expect: WAC402
    return [a, b]
