# SDK: wmill 1.850.0 get_workspace() returns _client.workspace, which the client reads from WM_WORKSPACE; the workspace of a job and of every round of it is the same
"""Export the audit log of the current workspace to the compliance bucket, day by day."""
import os

from wmill import task, workflow


@task(timeout=1800)
async def export_day(workspace: str, day: str, bucket: str) -> dict:
    import boto3
    import httpx

    token = os.environ["WM_TOKEN"]
    base = os.environ["BASE_INTERNAL_URL"]
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        resp = await client.get(f"/api/w/{workspace}/audit/list", params={"after": day, "per_page": 1000})
    body = resp.text
    boto3.client("s3").put_object(Bucket=bucket, Key=f"audit/{workspace}/{day}.json", Body=body.encode())
    return {"day": day, "bytes": len(body)}


@workflow
async def main(days: list[str], bucket: str = "compliance-archive"):
    workspace = os.environ["WM_WORKSPACE"]
    exported = []
    for day in days:
        exported.append(await export_day(workspace, day, bucket))
    return {"workspace": workspace, "days": exported}
