from wmill import task, workflow

from f.common.kinds import NOTIFIERS


@task()
async def deliver(kind: str, text: str) -> str:
    return NOTIFIERS[kind]().send(text)


@workflow
async def main(kind: str, text: str):
    preview = NOTIFIERS["quiet"]().send(text)
    framed = NOTIFIERS[kind]().render(text)
    return [preview, framed, await deliver(kind=kind, text=text)]
