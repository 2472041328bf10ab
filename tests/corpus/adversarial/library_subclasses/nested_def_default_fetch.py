# SDK: wmill 1.850.0 client.py: the body replays from the top; the default of `score` is evaluated when its `def` runs, in the body, so the rules are fetched again on every replay.
import requests
from wmill import task, workflow


@task()
async def decide(scores: list) -> str:
    return "approve" if sum(scores) > 10 else "review"


@workflow
async def main(items: list[str], rules_url: str):
    def score(item: str, rules=requests.get(rules_url, timeout=5).json()) -> int:  # expect: WAC101
        return rules.get(item, 0)

    return await decide([score(i) for i in items])
