# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `open(...)` reads the worker's file system each round, and what it holds may differ between workers.
import json

from wmill import task, workflow


@task()
async def apply_rules(rules: dict, account: str) -> bool:
    return bool(rules)


@workflow
async def main(account: str):
    rules = json.load(open("/mnt/shared/rules.json"))  # expect: WAC101
    return await apply_rules(rules, account)
