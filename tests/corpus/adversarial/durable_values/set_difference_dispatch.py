# SDK: wmill 1.850.0 client.py _alloc_key: a set difference is a set; iterating it to dispatch tasks reorders them between processes.
from wmill import task, workflow


@task()
async def deprovision(user: str) -> bool:
    return True


@workflow
async def main(before: list[str], after: list[str]):
    removed = set(before) - set(after)
    done = 0
    for user in removed:  # expect: WAC105
        done += int(await deprovision(user))
    return done
