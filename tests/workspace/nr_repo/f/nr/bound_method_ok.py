from wmill import task, workflow

from f.lib.bound import preview, push


@task()
async def send(event: dict) -> None:
    push(event)


@workflow
async def main(kind: str):
    text = preview({"kind": kind})
    await send({"kind": kind, "text": text})
    return text
