from wmill import task, workflow


@task
async def t(x: int) -> int:
    return x


@workflow
@other
def main(x: int):
    return x
