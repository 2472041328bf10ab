from wmill import step, workflow

from u.alice.notify import ping


@workflow
async def main(text: str):
    await step("ping", lambda: ping("ops", text))
    return text
