# SDK: wmill 1.850.0 task(timeout=...) returns decorator; decorator(func) builds the wrapper, so task(...)(fn) is a task; built inside main it is not a top-level task
import boto3
from wmill import task, workflow

s3 = boto3.client("s3")


async def _stage_manifest(bol: str, bucket: str) -> str:
    key = f"manifests/{bol}.json"
    s3.put_object(Bucket=bucket, Key=key, Body=b"{}")
    return key


async def _file_isf(bol: str, importer: str) -> dict:
    import requests

    r = requests.post("https://isf.brokerco.example/10plus2", json={"bol": bol, "importer": importer}, timeout=60)
    r.raise_for_status()
    return r.json()


stage_manifest = task(timeout=120)(_stage_manifest)
file_isf = task()(_file_isf)


@workflow
async def main(bol: str, importer: str, bucket: str = "customs-docs"):
    key = await stage_manifest(bol, bucket)
    file_isf(bol, importer)  # expect: WAC106

    async def _archive(b: str) -> str:
        s3.copy_object(Bucket="customs-archive", Key=b, CopySource={"Bucket": bucket, "Key": b})
        return b

    archive = task()(_archive)  # expect: WAC003
    await archive(key)
    return {"bol": bol, "manifest": key}
