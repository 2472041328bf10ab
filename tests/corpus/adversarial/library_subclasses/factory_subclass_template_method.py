# SDK: wmill 1.850.0 client.py: the body replays from the top; `exporter_for(fmt)` returns a `CsvExporter` or an `S3Exporter`; `run` (inherited from `Exporter`) calls `self.write`, which `S3Exporter` overrides with an upload, so it may upload on every replay.
import boto3
from wmill import task, workflow


class Exporter:
    def run(self, rows: list[dict]) -> int:
        text = "\n".join(",".join(str(v) for v in r.values()) for r in rows)
        self.write(text)
        return len(rows)

    def write(self, text: str) -> None:
        print(text[:200])


class CsvExporter(Exporter):
    pass


class S3Exporter(Exporter):
    def write(self, text: str) -> None:
        boto3.client("s3").put_object(Bucket="exports", Key="rows.csv", Body=text.encode())


def exporter_for(fmt: str) -> Exporter:
    return S3Exporter() if fmt == "s3" else CsvExporter()


@task()
async def load(table: str) -> list:
    return [{"id": 1, "table": table}]


@workflow
async def main(table: str, fmt: str = "csv"):
    rows = await load(table)
    return exporter_for(fmt).run(rows)  # expect: WAC101
