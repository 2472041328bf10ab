# SDK: wmill 1.850.0 task(timeout=...)(fn) at module level is the same wrapper @task(timeout=...) builds, keyed by fn.__name__
import boto3
from wmill import task, workflow

s3 = boto3.client("s3")


async def stage_manifest_impl(bol: str, bucket: str) -> str:
    key = f"manifests/{bol}.json"
    s3.put_object(Bucket=bucket, Key=key, Body=b"{}")
    return key


async def file_isf_impl(bol: str, importer: str) -> dict:
    import requests

    r = requests.post("https://isf.brokerco.example/10plus2", json={"bol": bol, "importer": importer}, timeout=60)
    r.raise_for_status()
    return r.json()


async def archive_impl(key: str, bucket: str) -> str:
    s3.copy_object(Bucket="customs-archive", Key=key, CopySource={"Bucket": bucket, "Key": key})
    return key


stage_manifest = task(timeout=120)(stage_manifest_impl)
file_isf = task()(file_isf_impl)
archive = task(tag="io")(archive_impl)


@workflow
async def main(bol: str, importer: str, bucket: str = "customs-docs"):
    key = await stage_manifest(bol, bucket)
    isf = await file_isf(bol, importer)
    await archive(key, bucket)
    return {"bol": bol, "manifest": key, "isf": isf.get("transaction_no")}
