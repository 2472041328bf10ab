# SDK: wmill 1.850.0 client.py _run_inline_step: sorted() returns a new list, which is checkpointed and assigned in the body.
from wmill import sleep, step, workflow


@workflow
async def main(scores: list[int]):
    ranked = await step("rank", lambda: sorted(scores, reverse=True))
    await sleep(10)
    return ranked[:3]
