# Refresh a fixed group of regions at once.
import asyncio

from wmill import task, workflow


@task()
async def refresh(region: str) -> dict:
    return {"region": region}


@workflow
async def main():
    regions = {"eu-west", "us-east", "ap-south"}
    return await asyncio.gather(*[refresh(r) for r in regions])  # expect: WAC105
