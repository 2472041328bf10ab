from wmill import task, workflow


@task()
async def resize(width: int, height: int) -> int:
    return width * height


@workflow
async def main(width: int, height: int = 600, label: str = "thumb"):  # expect: WAC901
    return [await resize(width=width, height=height), label]
