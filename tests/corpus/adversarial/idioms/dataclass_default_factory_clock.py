# SDK: wmill 1.850.0 client.py: the body re-runs on replay; building `RunRecord(...)` calls its `default_factory=datetime.now`, a new clock read every round, and the value goes to a task.
from dataclasses import asdict, dataclass, field
from datetime import datetime

from wmill import task, workflow


@dataclass
class RunRecord:
    pipeline: str
    started_at: str = field(default_factory=lambda: datetime.now().isoformat())
    tags: list[str] = field(default_factory=list)


@task()
async def save_run(record: dict) -> str:
    return record["pipeline"]


@workflow
async def main(pipeline: str):
    record = RunRecord(pipeline)  # expect: WAC102
    return await save_run(asdict(record))
