from wmill import task, workflow

from f.common import regions
from f.common.regions import BUILD, ORDERED_REGIONS, REGIONS


@task()
async def deploy(region: str, build: str) -> str:
    return region + build


@workflow
async def main():
    done = []
    for region in sorted(REGIONS):
        done.append(await deploy(region=region, build=BUILD))
    for region in ORDERED_REGIONS:
        done.append(await deploy(region=region, build=regions.BUILD))
    return done
