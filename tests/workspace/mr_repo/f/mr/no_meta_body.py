from wmill import task, workflow


@task()
async def echo(text: str) -> str:
    return text


@workflow
async def main(text: str):  # expect: WAC901
    return await echo(text)
