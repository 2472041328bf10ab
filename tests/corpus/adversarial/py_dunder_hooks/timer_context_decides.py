# SDK: wmill 1.850.0 client.py: the body reruns in every round; the timer's __enter__ reads the clock and the body branches on the elapsed time it keeps, so a replay can take the other branch.
import time

from wmill import task, workflow


class Budget:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> "Budget":
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def exhausted(self) -> bool:
        return time.monotonic() - self.started > self.seconds


@task()
async def enrich(item: str) -> dict:
    return {"item": item}


@workflow
async def main(items: list[str], budget_s: float = 600):
    out = []
    with Budget(budget_s) as budget:  # expect: WAC102
        for item in items:
            if budget.exhausted():  # expect: WAC102
                break
            out.append(await enrich(item))
    return out
