# Tag every distinct label, through a set built earlier in the body.
from wmill import task, workflow


@task()
async def tag(label: str) -> str:
    return label


@workflow
async def main(labels: list[str]):
    distinct = {label.strip() for label in labels}
    return [await tag(label) for label in distinct]  # expect: WAC105
