# SDK: only @task wrappers dispatch; a boto3 client method handed to a base class through super().__init__ and called from the body uploads on every replay
import boto3
from wmill import task, workflow

s3 = boto3.client("s3")


class Exporter:
    def __init__(self, uploader, bucket: str) -> None:
        self.uploader = uploader
        self.bucket = bucket

    def export(self, files: dict[str, str]) -> list[str]:
        keys = []
        for key, path in sorted(files.items()):
            self.uploader(path, self.bucket, key)
            keys.append(key)
        return keys


class LedgerExporter(Exporter):
    def __init__(self, bucket: str) -> None:
        super().__init__(uploader=s3.upload_file, bucket=bucket)


@task(timeout=900)
async def write_ledger_csvs(period: str) -> dict[str, str]:
    paths = {}
    for book in ("ar", "ap", "gl"):
        path = f"/tmp/{book}-{period}.csv"
        with open(path, "w") as fh:
            fh.write("account,amount\n")
        paths[f"ledger/{period}/{book}.csv"] = path
    return paths


@workflow
async def main(period: str, bucket: str = "finance-exports"):
    files = await write_ledger_csvs(period=period)
    keys = LedgerExporter(bucket).export(files)  # expect: WAC101
    return {"period": period, "keys": keys}
