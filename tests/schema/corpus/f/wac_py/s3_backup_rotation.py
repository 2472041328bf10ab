# Keep the 14 most recent database backups in the bucket and delete the rest.
from wmill import task, workflow
import wmill


@task
async def list_backups(bucket: str, prefix: str) -> list:
    import boto3

    s3 = boto3.client("s3", **wmill.boto3_connection_settings())
    objects = s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    return sorted((o["Key"] for o in objects), reverse=True)


@task
async def delete_backup(bucket: str, key: str):
    import boto3

    boto3.client("s3", **wmill.boto3_connection_settings()).delete_object(Bucket=bucket, Key=key)


@workflow
async def main(bucket: str, prefix: str = "pg-backups/", keep: int = 14):
    backups = await list_backups(bucket, prefix)
    expired = backups[keep:]
    for key in expired:
        await delete_backup(bucket, key)
    return {"kept": min(keep, len(backups)), "deleted": expired}
