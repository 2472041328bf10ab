from wmill import task, workflow


@task()
async def shout(text: str) -> str:
    return text.upper()


@workflow
async def main(text: str):  # expect: WAC901
    return await shout(text)
