import boto3


def main(region: str, retention_days: int = 14):
    s3 = boto3.client("s3", region_name=region)
    s3.put_bucket_lifecycle_configuration(
        Bucket=f"logs-{region}",
        LifecycleConfiguration={
            "Rules": [{"ID": "expire", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": retention_days}}]
        },
    )
    return region
