# SDK: wmill 1.850.0 client.py _run_inline_step: fn() runs once, its JSON result is checkpointed and replayed; env reads inside it are safe.
import os

from wmill import step, task, workflow


def load_settings() -> dict:
    return {
        "bucket": os.environ.get("EXPORT_BUCKET", "exports"),
        "region": os.getenv("AWS_REGION", "eu-west-1"),
        "compress": os.environ.get("EXPORT_GZIP") == "1",
    }


@task(timeout=1200)
async def export_table(table: str, bucket: str, region: str, compress: bool) -> str:
    return f"s3://{bucket}/{table}.csv{'.gz' if compress else ''}"


@workflow
async def main(tables: list[str]):
    settings = await step("settings", load_settings)
    uris = []
    for table in tables:
        uris.append(await export_table(table, settings["bucket"], settings["region"], settings["compress"]))
    return uris
