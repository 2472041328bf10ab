# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the table maps names to classes of the file, and the body builds the one the input names and calls its `run`, which uploads to S3 for "s3".
import boto3
from wmill import task, workflow


class S3Upload:
    def run(self, path: str) -> str:
        boto3.client("s3").upload_file(path, "artifacts", path)
        return f"s3://artifacts/{path}"


class DryRun:
    def run(self, path: str) -> str:
        return f"would upload {path}"


STRATEGIES = {"s3": S3Upload, "dry": DryRun}


@task()
async def build(target: str) -> str:
    return f"dist/{target}.tar.gz"


@workflow
async def main(target: str, mode: str = "s3"):
    path = await build(target)
    return STRATEGIES[mode]().run(path)  # expect: WAC101
