# SDK: wmill 1.850.0 client.py _alloc_key: keys go by call order (notify_owner, notify_owner_2, ...); sorted(key=hash) orders str by a per-process salted hash (PYTHONHASHSEED), so a replay in a new process pairs the recorded keys with other owners.
from wmill import task, workflow


@task()
async def notify_owner(owner: str, repo: str) -> str:
    return f"{owner} notified about {repo}"


@workflow
async def main(repo: str, owners: list[str]):
    sent = []
    for owner in sorted(owners, key=hash):  # expect: WAC105
        sent.append(await notify_owner(owner, repo))
    return sent
