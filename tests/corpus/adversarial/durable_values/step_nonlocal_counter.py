# SDK: wmill 1.850.0 client.py _run_inline_step: the step's function runs in one round only; the nonlocal counter it bumps is 0 again after the next replay.
from wmill import sleep, step, workflow


@workflow
async def main(urls: list[str]):
    healthy = 0

    def probe_all() -> int:
        nonlocal healthy
        healthy = sum(1 for u in urls if u.startswith("https://"))  # expect: WAC104
        return healthy

    await step("probe", probe_all)
    await sleep(60)
    return {"healthy": healthy}
