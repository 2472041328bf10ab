from wmill import task, workflow

from f.common.regions import RUN_TAG


@task()
async def deploy(region: str, tag: str) -> str:
    return region + tag


@workflow
async def main(region: str):
    return await deploy(region=region, tag=RUN_TAG)  # expect: WAC102
