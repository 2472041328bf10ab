from wmill import task_script, workflow

helper = task_script("./rel_helper.py")


@workflow
async def main(x: int):
    return await helper(x=x)
