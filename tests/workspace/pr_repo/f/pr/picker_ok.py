from wmill import task, workflow

from f.common.picker import pick


@task()
async def deliver(kind: str, text: str) -> str:
    return pick(kind).send(text)


@workflow
async def main(kind: str, text: str):
    return [pick(kind).render(text), await deliver(kind=kind, text=text)]
