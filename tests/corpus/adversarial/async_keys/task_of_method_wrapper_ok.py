# SDK: wmill 1.850.0 client.py task(): a top-level async def has a __name__ (the step key upload); the instance it uses is built inside the task's own job.
from wmill import task, workflow


class Uploader:
    def __init__(self, bucket: str) -> None:
        self.bucket = bucket

    async def __call__(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"


@task()
async def upload(key: str) -> str:
    return await Uploader("reports")(key)


@workflow
async def main(key: str):
    return await upload(key)
