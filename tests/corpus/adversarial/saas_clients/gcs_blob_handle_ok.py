# SDK: wmill 1.850.0 client.py: the body re-runs every round; `bucket.blob(name)` only builds a handle, and the upload runs in a step.
import json

from google.cloud import storage

from wmill import step, task, workflow

bucket = storage.Client().bucket("exports-prod")


@task()
async def build_report(account: str) -> dict:
    return {"account": account, "lines": 12}


@workflow
async def main(account: str):
    report = await build_report(account)
    blob = bucket.blob(f"reports/{account}.json")
    await step("upload", lambda: blob.upload_from_string(json.dumps(report)))
    return {"name": blob.name}
