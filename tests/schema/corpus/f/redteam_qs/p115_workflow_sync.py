import wmill
from wmill import workflow, task


@task
def double(x: int) -> int:
    return 2 * x


@workflow
def main(x: int = 2, label: str = "l"):
    return double(x)
