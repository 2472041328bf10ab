# SDK: wmill 1.850.0 client.py: a property computed from the instance's own fields (built from inputs) is the same on every replay.
from wmill import task, workflow


class Window:
    def __init__(self, start: str, end: str) -> None:
        self.start = start
        self.end = end

    @property
    def label(self) -> str:
        return f"{self.start}..{self.end}"

    @property
    def is_single_day(self) -> bool:
        return self.start == self.end


@task()
async def aggregate(start: str, end: str) -> dict:
    return {"rows": 3}


@workflow
async def main(start: str, end: str):
    window = Window(start, end)
    stats = await aggregate(window.start, window.end)
    return {"window": window.label, "single_day": window.is_single_day, **stats}
