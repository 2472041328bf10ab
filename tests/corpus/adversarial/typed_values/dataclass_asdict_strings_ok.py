# SDK: wmill 1.850.0 client.py: asdict of a dataclass whose fields are str and int gives a dict JSON keeps exactly.
from dataclasses import asdict, dataclass

from wmill import task, workflow


@dataclass
class Shift:
    worker: str
    starts_hour: int


@task()
async def next_shift(worker: str) -> dict:
    return asdict(Shift(worker=worker, starts_hour=9))


@workflow
async def main(worker: str):
    shift = await next_shift(worker)
    return {"worker": shift["worker"], "morning": shift["starts_hour"] < 12}
