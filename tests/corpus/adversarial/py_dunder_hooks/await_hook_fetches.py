# SDK: wmill 1.850.0 client.py: the body reruns in every round; `await obj` calls the class's __await__, which here drives an httpx request from the body (only the file's tasks are checkpointed).
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
async def archive(job: dict) -> bool:
    return True


@workflow
async def main(base: str, job_id: str):
    job = await RemoteJob(base, job_id)  # expect: WAC101
    return await archive(job)
