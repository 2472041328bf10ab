# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the table's "slack" entry is a function that posts, and the body calls whichever entry the input names.
import requests
from wmill import task, workflow

SLACK_HOOK = "https://hooks.slack.example/services/T000/B000/XXXX"


def notify_slack(text: str) -> None:
    requests.post(SLACK_HOOK, json={"text": text}, timeout=10)


def notify_log(text: str) -> None:
    print(f"[notify] {text}")


NOTIFIERS = {"slack": notify_slack, "log": notify_log}


@task()
async def rebuild_index(index: str) -> dict:
    return {"index": index, "docs": 1200}


@workflow
async def main(index: str, channel: str = "slack"):
    stats = await rebuild_index(index)
    NOTIFIERS[channel](f"rebuilt {index}: {stats['docs']} docs")  # expect: WAC101
    return stats
