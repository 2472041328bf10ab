# SDK: wmill 1.850.0 client.py workflow(): a ULID mixes the clock and randomness; minted in the body it differs on each replay.
from ulid import ULID

from wmill import task, workflow


@task()
async def create_job(job_ref: str, kind: str) -> dict:
    return {"ref": job_ref, "kind": kind}


@workflow
async def main(kind: str):
    job_ref = str(ULID())  # expect: WAC102
    return await create_job(job_ref, kind)
