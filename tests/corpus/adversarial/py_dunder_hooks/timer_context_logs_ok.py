# SDK: wmill 1.850.0 client.py: the body reruns in every round; this timing context manager's __enter__ / __exit__ read perf_counter only to log the elapsed time, so nothing the workflow decides or keeps depends on it.
import logging
import time

from wmill import task, workflow

log = logging.getLogger("etl")


class Timed:
    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> "Timed":
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        log.info("%s took %.1fs", self.label, time.perf_counter() - self.started)


@task()
async def extract(source: str) -> list:
    return []


@task()
async def load(rows: list) -> int:
    return len(rows)


@workflow
async def main(source: str):
    with Timed("extract"):
        rows = await extract(source)
    with Timed("load"):
        count = await load(rows)
    return {"rows": count}
