# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __iter__ yields the two halves of an input string, so unpacking the object is pure.
from wmill import task, workflow


class Range:
    def __init__(self, spec: str) -> None:
        self.spec = spec

    def __iter__(self):
        start, _, end = self.spec.partition("..")
        yield start
        yield end or start


@task()
async def export(start: str, end: str) -> int:
    return 0


@workflow
async def main(days: str = "2026-01-01..2026-01-31"):
    start, end = Range(days)
    return await export(start, end)
