# SDK: wmill 1.850.0 client.py `_run_inline_step`: once the step is checkpointed its function is not called again; what the bound method changes on `self` is lost on the next replay.
from wmill import sleep, step, task, workflow


class RunLog:
    def __init__(self, run: str) -> None:
        self.run = run
        self.entries: list[str] = []

    def mark_started(self) -> int:
        self.entries.append(f"{self.run}: started")  # expect: WAC104
        return len(self.entries)


@task()
async def warm_cache(region: str) -> int:
    return 3


@workflow
async def main(run: str, region: str):
    log = RunLog(run)
    await step("mark_started", log.mark_started)
    await warm_cache(region)
    await sleep(30)
    return {"run": run, "log": log.entries}
