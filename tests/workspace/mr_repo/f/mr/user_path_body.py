from wmill import task, workflow

from u.alice.notify import ping


@task()
async def build(text: str) -> str:
    return text.strip()


@workflow
async def main(text: str):
    message = await build(text)
    ping("ops", message)  # expect: WAC101
    return message
