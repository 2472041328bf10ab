# SDK: wmill 1.850.0 client.py: a task runs once in its own job; the same awaitable class awaited inside the task is checkpointed with the task's result.
import httpx
from wmill import task, workflow


class RemoteJob:
    def __init__(self, base: str, job_id: str) -> None:
        self.url = f"{base}/jobs/{job_id}"

    async def _load(self) -> dict:
        async with httpx.AsyncClient() as client:
            return (await client.get(self.url)).json()

    def __await__(self):
        return self._load().__await__()


@task()
async def load_job(base: str, job_id: str) -> dict:
    return await RemoteJob(base, job_id)


@task()
async def archive(job: dict) -> bool:
    return True


@workflow
async def main(base: str, job_id: str):
    job = await load_job(base, job_id)
    return await archive(job)
