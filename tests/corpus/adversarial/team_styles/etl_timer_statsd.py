# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the counter's `__exit__` sends a metric over UDP each time the `with` block is left, so every replay counts the phase again.
import logging
import socket
from typing import Optional

from wmill import task, workflow

log = logging.getLogger("etl")

STATSD = ("statsd.internal", 8125)


class Counted:
    def __init__(self, metric: str) -> None:
        self.metric = metric

    def __enter__(self) -> "Counted":
        return self

    def __exit__(self, *exc: object) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.sendto(f"{self.metric}:1|c".encode(), STATSD)


@task(timeout=1800)
async def extract(source: str, day: str) -> list[dict]:
    return []


@task(timeout=1800)
async def load(target: str, rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(source: str, target: str, day: str, label: Optional[str] = None):
    with Counted(f"etl.{label or source}.extract"):  # expect: WAC101
        rows = await extract(source, day)
    loaded = await load(target, rows)
    log.info("loaded %d rows", loaded)
    return {"loaded": loaded}
