from wmill import task_script, workflow

helper = task_script("f/inner/helper")


@workflow
async def main(text: str):
    return await helper(text=text)
