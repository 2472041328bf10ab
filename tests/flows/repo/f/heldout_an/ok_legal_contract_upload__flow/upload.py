import base64
import wmill
import boto3


def main(s3: dict, filename: str, file_b64: str, tags: list):
    client = boto3.client(
        "s3",
        aws_access_key_id=s3["awsAccessKeyId"],
        aws_secret_access_key=s3["awsSecretAccessKey"],
        region_name=s3["region"],
    )
    data = base64.b64decode(file_b64)
    key = f"contracts/{filename}"
    client.put_object(Bucket=s3["bucket"], Key=key, Body=data, Tagging="&".join(f"t={t}" for t in tags))
    return {"key": key, "bytes": len(data)}
