# SDK: wmill 1.850.0 client.py task(): decorator(func) reads func.__name__; an instance of a class with __call__ has no __name__, so loading the script raises AttributeError.
from wmill import task, workflow


class Uploader:
    def __init__(self, bucket: str) -> None:
        self.bucket = bucket

    async def __call__(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"


upload = task(Uploader("reports"))  # expect: WAC301


@workflow
async def main(key: str):
    return await upload(key)
