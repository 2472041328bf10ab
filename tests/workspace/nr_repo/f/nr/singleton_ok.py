from wmill import task, workflow

from f.lib.singletons import pusher


@task()
async def push(event: dict) -> None:
    pusher.push(event)


@workflow
async def main(kind: str):
    text = pusher.preview({"kind": kind})
    await push({"kind": kind, "text": text})
    return text
