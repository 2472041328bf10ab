from wmill import step, workflow

import f.common.tools2 as t2
from f.common.tools2 import lower, now


@workflow
async def main(text: str):
    started = await step("started", now)
    return {"started": started, "label": lower(t2.Clock.label(text))}
