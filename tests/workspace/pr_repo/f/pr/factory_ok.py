from wmill import task, workflow

from f.common.factory import make_notifier, make_quiet


@task()
async def notify(kind: str, text: str) -> str:
    notifier = make_notifier(kind)
    return notifier.send(text)


@workflow
async def main(kind: str, text: str):
    preview = make_quiet().send(text)
    framed = make_notifier(kind).render(text)
    sent = await notify(kind=kind, text=preview)
    return [framed, sent]
