# MISTAKE: bare `except:` / `except BaseException:` in the workflow body also
# catch the SDK's internal suspension signal (_StepSuspend derives from
# BaseException). The last one re-raises only after dispatching a task, whose
# suspension replaces the one caught; `except Exception` is right everywhere.
from wmill import task, workflow
import requests


@task()
async def fetch_feed(url: str) -> list:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.json()["items"]


@task()
async def push_to_cms(items: list) -> int:
    requests.post("https://cms.example/api/import", json={"items": items}, timeout=120).raise_for_status()
    return len(items)


@task()
async def alert_editors(message: str):
    requests.post("https://hooks.slack.example/editorial", json={"text": message}, timeout=10)


@workflow
async def main(feed_url: str):
    try:
        items = await fetch_feed(feed_url)
    except:  # expect: WAC201
        items = []
    try:
        imported = await push_to_cms(items)
    except BaseException:  # expect: WAC201
        await alert_editors(f"Import of {feed_url} failed")
        imported = 0
    try:
        await alert_editors(f"Imported {imported} items from {feed_url}")
    except BaseException:  # expect: WAC201
        await alert_editors("Could not post the import summary")
        raise
    return {"imported": imported}
