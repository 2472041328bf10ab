from wmill import workflow

import f.common.tools2 as t2
from f.common.tools2 import jitter, now


@workflow
async def main(text: str):
    started = now()  # expect: WAC102
    noise = jitter()  # expect: WAC102
    again = t2.Clock.now()  # expect: WAC102
    return {"started": started, "noise": noise, "again": again, "label": t2.lower(text)}
