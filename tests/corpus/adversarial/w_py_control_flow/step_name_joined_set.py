# SDK: wmill 1.850.0 client.py — _alloc_key keys a step by its name; a name joining a set of str follows the per-process hash order, so a replay may look for another key and run the step again
from wmill import step, task, workflow


def freeze_quota(accounts: set[str]) -> dict:
    import httpx

    return httpx.post("https://billing.example.com/quota/freeze", json={"accounts": sorted(accounts)}).json()


@task()
async def notify_finance(summary: dict) -> None:
    import httpx

    httpx.post("https://chat.example.com/finance", json=summary)


@workflow
async def main(accounts: list[str]):
    unique = set(accounts)
    frozen = await step(f"freeze_{'+'.join(unique)}", lambda: freeze_quota(unique))  # expect: WAC103
    await notify_finance(frozen)
    return frozen
