# SDK: wmill 1.850.0 client.py: the coroutines stored in the dict are awaited one by one through `.items()`.
from wmill import task, workflow


@task()
async def quota_for(team: str) -> int:
    return 100


@workflow
async def main(teams: list[str]):
    pending = {team: quota_for(team) for team in teams}
    quotas = {}
    for team, job in pending.items():
        quotas[team] = await job
    return quotas
