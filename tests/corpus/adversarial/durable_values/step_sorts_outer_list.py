# SDK: wmill 1.850.0 client.py _run_inline_step: list.sort() inside the step reorders the body's list only in the round that ran it; after the sleep the order is back.
from wmill import sleep, step, workflow


@workflow
async def main(scores: list[int]):
    ranked = list(scores)
    await step("rank", lambda: ranked.sort(reverse=True))  # expect: WAC104
    await sleep(10)
    return ranked[:3]
