from wmill import task, workflow

from f.common.regions import REGIONS


@task()
async def deploy(region: str) -> str:
    return region


@workflow
async def main():
    done = []
    for region in REGIONS:  # expect: WAC105
        done.append(await deploy(region=region))
    return done
