# SDK: wmill 1.850.0 client.py: the body re-runs each round; a property that reads `os.environ` evaluates in the body every time it is read, and the branch can change between replays.
import os

from wmill import task, workflow


class Settings:
    @property
    def dry_run(self) -> bool:
        return os.environ.get("BILLING_DRY_RUN", "0") == "1"


SETTINGS = Settings()


@task()
async def compute_charges(account: str) -> int:
    return 1500


@task()
async def post_charges(account: str, cents: int) -> str:
    return "txn_1"


@workflow
async def main(account: str):
    cents = await compute_charges(account)
    if SETTINGS.dry_run:  # expect: WAC102
        return {"account": account, "would_charge": cents}
    txn = await post_charges(account, cents)
    return {"account": account, "txn": txn}
