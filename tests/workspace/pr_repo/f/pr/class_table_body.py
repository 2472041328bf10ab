from wmill import workflow

from f.common.kinds import NOTIFIERS


@workflow
async def main(kind: str, text: str):
    notifier = NOTIFIERS[kind]()
    return notifier.send(text)  # expect: WAC101
