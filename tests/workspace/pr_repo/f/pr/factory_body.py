from wmill import task, workflow

from f.common.factory import make_notifier


@task()
async def record(text: str) -> str:
    return text


@workflow
async def main(kind: str, text: str):
    notifier = make_notifier(kind)
    sent = notifier.send(text)  # expect: WAC101
    return await record(text=sent)
