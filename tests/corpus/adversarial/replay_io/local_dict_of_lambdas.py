# SDK: wmill 1.850.0 client.py workflow(): a lambda held in a module-level dict runs in the body when the body calls it; its POST repeats on every replay.
import requests

from wmill import task, workflow

NOTIFIERS = {
    "slack": lambda text: requests.post("https://hooks.slack.example.com/T000", json={"text": text}).status_code,
    "log": lambda text: print(text),
}


@task()
async def release(version: str) -> dict:
    return {"version": version}


@workflow
async def main(version: str):
    r = await release(version)
    NOTIFIERS["slack"](f"released {r['version']}")  # expect: WAC101
    return r
