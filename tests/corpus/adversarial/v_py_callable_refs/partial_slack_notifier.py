# SDK: wmill 1.850.0: the body re-runs every round; a partial of a client method called in the body posts again each round
"""Release train: a partial binds the channel of the Slack client, and the body posts progress."""
from functools import partial

from slack_sdk import WebClient
from wmill import task, workflow


@task(timeout=1800)
async def deploy(service: str, version: str, env: str) -> dict:
    import httpx

    r = httpx.post(f"https://deploy.internal.example/{env}/{service}", json={"version": version}, timeout=1700)
    r.raise_for_status()
    return r.json()


@workflow
async def main(services: list[str], version: str, slack_token: str, env: str = "staging"):
    slack = WebClient(token=slack_token)
    post = partial(slack.chat_postMessage, channel="#release-train")
    results = []
    for service in services:
        results.append(await deploy(service, version, env))
    post(text=f"{version} deployed to {env}: {', '.join(services)}")  # expect: WAC101
    return {"deployed": results}
