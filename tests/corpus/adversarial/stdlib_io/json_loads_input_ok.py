# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `json.loads` / `json.dumps` of inputs and task results are pure.
import json

from wmill import task, workflow


@task()
async def apply_rules(rules: dict, account: str) -> dict:
    return {"account": account, "allowed": bool(rules)}


@workflow
async def main(account: str, rules_json: str = "{}"):
    rules = json.loads(rules_json)
    verdict = await apply_rules(rules, account)
    return json.dumps(verdict, sort_keys=True)
