# SDK: wmill 1.850.0 client.py `step`: the cut-off is read once inside a step and replayed; the methods the body calls only await tasks and compute from their inputs.
import logging
import time
from dataclasses import dataclass, field

from wmill import step, task, workflow

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
    def __init__(self, cfg: Config, since_epoch: float) -> None:
        self.cfg = cfg
        self.since_epoch = since_epoch

    async def run_table(self, table: str) -> int:
        rows = await extract(self.cfg.source, table, self.since_epoch)
        return await load(self.cfg.target, table, rows)

    async def run(self) -> dict[str, int]:
        return {t: await self.run_table(t) for t in self.cfg.tables}


@workflow
async def main(source: str, target: str, lookback_hours: int = 24, tables: list[str] = ["events"]):
    since = await step("cutoff", lambda: time.time() - lookback_hours * 3600)
    pipeline = Pipeline(Config(source, target, lookback_hours, tables), since)
    loaded = await pipeline.run()
    log.info("loaded %s", loaded)
    return loaded
