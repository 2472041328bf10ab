# SDK: wmill 1.850.0 client.py: the bucket is formatted from an input of main, the same in every round.
from wmill import task, workflow


@task()
async def upload(src: str, bucket: str) -> bool:
    return True


@workflow
async def main(src: str, deploy_env: str = "staging"):
    return await upload(src, f"{deploy_env}-artifacts")
