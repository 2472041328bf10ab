# SDK: wmill 1.850.0 client.py: methods the workflow body calls are body code; the method reading `time.time()` gives another cut-off on every replay, so the tasks after it receive other values than the checkpointed ones saw.
import logging
import time
from dataclasses import dataclass, field

from wmill import task, workflow

log = logging.getLogger("pipeline")


@dataclass
class Config:
    source: str
    target: str
    lookback_hours: int = 24
    tables: list[str] = field(default_factory=lambda: ["events"])


@task(timeout=900)
async def extract(source: str, table: str, since_epoch: float) -> list[dict]:
    return []


@task(timeout=900)
async def load(target: str, table: str, rows: list[dict]) -> int:
    return len(rows)


class Pipeline:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg

    def since(self) -> float:
        return time.time() - self.cfg.lookback_hours * 3600

    async def run_table(self, table: str) -> int:
        rows = await extract(self.cfg.source, table, self.since())
        return await load(self.cfg.target, table, rows)

    async def run(self) -> dict[str, int]:
        return {t: await self.run_table(t) for t in self.cfg.tables}


@workflow
async def main(source: str, target: str, lookback_hours: int = 24, tables: list[str] = ["events"]):
    pipeline = Pipeline(Config(source, target, lookback_hours, tables))
    loaded = await pipeline.run()  # expect: WAC102
    log.info("loaded %s", loaded)
    return loaded
