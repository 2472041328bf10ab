import boto3


def main(s3: dict, prefix: str):
    client = boto3.client(
        "s3",
        endpoint_url=s3.get("endPoint"),
        aws_access_key_id=s3["accessKey"],
        aws_secret_access_key=s3["secretKey"],
    )
    page = client.list_objects_v2(Bucket=s3["bucket"], Prefix=prefix)
    keys = [o["Key"] for o in page.get("Contents", []) if o["Key"].endswith(".wav")]
    return {"keys": keys, "count": len(keys)}
