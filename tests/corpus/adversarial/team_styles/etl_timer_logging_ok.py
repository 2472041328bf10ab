# SDK: wmill 1.850.0 client.py: the timer only logs (no I/O, nothing returned that changes control flow), and `_StepSuspend` passes through its `__exit__`, which returns None.
import logging
from typing import Optional

from wmill import task, workflow

log = logging.getLogger("etl")


class Phase:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Phase":
        log.info("%s: start", self.name)
        return self

    def __exit__(self, *exc: object) -> None:
        log.info("%s: leave", self.name)


@task(timeout=1800)
async def extract(source: str, day: str) -> list[dict]:
    return []


@task(timeout=1800)
async def load(target: str, rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(source: str, target: str, day: str, label: Optional[str] = None):
    with Phase(f"etl.{label or source}.extract"):
        rows = await extract(source, day)
    loaded = await load(target, rows)
    log.info("loaded %d rows", loaded)
    return {"loaded": loaded}
