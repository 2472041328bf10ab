from wmill import step, workflow

from f.common.vars import label, remember


@workflow
async def main(key: str):
    value = label(key)
    await step("remember", lambda: remember("f/mr/last_key", value))
    return value
