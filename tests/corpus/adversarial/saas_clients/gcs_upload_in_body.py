# SDK: wmill 1.850.0 client.py: the body re-runs every round; `Blob.upload_from_string` writes the object over HTTP each time.
import json

from google.cloud import storage

from wmill import task, workflow

bucket = storage.Client().bucket("exports-prod")


@task()
async def build_report(account: str) -> dict:
    return {"account": account, "lines": 12}


@workflow
async def main(account: str):
    report = await build_report(account)
    name = f"reports/{account}.json"
    bucket.blob(name).upload_from_string(json.dumps(report))  # expect: WAC101
    return {"uri": f"gs://exports-prod/{name}"}
