# SDK: wmill 1.850.0 client.py: the body re-runs from the top; `Job(...)` draws a new `uuid4` from its `default_factory` each round, so the id sent to the task changes between replays.
from uuid import uuid4

from pydantic import BaseModel, Field
from wmill import task, workflow


class Job(BaseModel):
    name: str
    job_id: str = Field(default_factory=lambda: uuid4().hex)
    priority: int = 5


@task()
async def enqueue(job: dict) -> str:
    return job["job_id"]


@workflow
async def main(name: str):
    job = Job(name=name)  # expect: WAC102
    return await enqueue(job.model_dump())
