# SDK: wmill 1.850.0 client.py: a dataclass built in the body whose defaults are constants and empty lists is the same on every replay; `asdict` gives JSON-friendly values for the task.
from dataclasses import asdict, dataclass, field

from wmill import task, workflow


@dataclass
class RunRecord:
    pipeline: str
    started_at: str
    tags: list[str] = field(default_factory=list)
    retries: int = 0


@task()
async def save_run(record: dict) -> str:
    return record["pipeline"]


@workflow
async def main(pipeline: str, started_at: str):
    record = RunRecord(pipeline, started_at, tags=["nightly"])
    return await save_run(asdict(record))
