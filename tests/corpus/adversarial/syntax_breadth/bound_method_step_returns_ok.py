# SDK: wmill 1.850.0 client.py `_run_inline_step`: the bound method only reads `self` and returns; its result is checkpointed and the body keeps it.
from wmill import sleep, step, task, workflow


class RunLog:
    def __init__(self, run: str) -> None:
        self.run = run

    def started_entry(self) -> str:
        return f"{self.run}: started"


@task()
async def warm_cache(region: str) -> int:
    return 3


@workflow
async def main(run: str, region: str):
    log = RunLog(run)
    entries = [await step("mark_started", log.started_entry)]
    await warm_cache(region)
    await sleep(30)
    return {"run": run, "log": entries}
