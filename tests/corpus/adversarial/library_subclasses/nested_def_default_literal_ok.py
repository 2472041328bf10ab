# SDK: wmill 1.850.0 client.py: the body replays from the top; the defaults of the nested `score` are a literal table and the workflow's input, the same on every replay; the rules are fetched in a task.
import requests
from wmill import task, workflow


@task()
async def load_rules(url: str) -> dict:
    return requests.get(url, timeout=5).json()


@task()
async def decide(scores: list) -> str:
    return "approve" if sum(scores) > 10 else "review"


@workflow
async def main(items: list[str], rules_url: str, bonus: int = 1):
    rules = await load_rules(rules_url)

    def score(item: str, table=rules, extra=bonus, fallback={"none": 0}) -> int:
        return table.get(item, fallback["none"]) + extra

    return await decide([score(i) for i in items])
