import boto3


def main(aws: dict, region: str, retention_days: int = 14):
    ec2 = boto3.client(
        "ec2",
        region_name=region,
        aws_access_key_id=aws["awsAccessKeyId"],
        aws_secret_access_key=aws["awsSecretAccessKey"],
    )
    created = 0
    for vol in ec2.describe_volumes(Filters=[{"Name": "tag:backup", "Values": ["nightly"]}])["Volumes"]:
        ec2.create_snapshot(
            VolumeId=vol["VolumeId"],
            TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "retention_days", "Value": str(retention_days)}]}],
        )
        created += 1
    return {"region": region, "created": created}
