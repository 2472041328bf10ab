import wmill
import boto3


def main(bucket: str, prefix: str, max_age_hours: int = 26):
    s3 = wmill.get_resource("f/heldout_an/aws_backups")
    client = boto3.client("s3", aws_access_key_id=s3["awsAccessKeyId"], aws_secret_access_key=s3["awsSecretAccessKey"])
    objs = client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    newest = max((o["LastModified"] for o in objs), default=None)
    return {"objects": len(objs), "newest": newest.isoformat() if newest else None, "stale": newest is None}
