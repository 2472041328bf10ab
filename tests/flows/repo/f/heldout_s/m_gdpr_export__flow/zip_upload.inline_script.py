import io
import json
import zipfile

import boto3


def main(dump: dict, bucket: dict):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for table, rows in dump["data"].items():
            z.writestr(f"{table}.json", json.dumps(rows, indent=2))
    s3 = boto3.client("s3", region_name=bucket["region"])
    key = f"dsr/{dump['account_id']}.zip"
    s3.put_object(Bucket=bucket["bucket"], Key=key, Body=buf.getvalue())
    url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket["bucket"], "Key": key}, ExpiresIn=7 * 86400)
    return {"url": url}
