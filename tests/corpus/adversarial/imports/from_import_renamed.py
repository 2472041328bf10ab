# SDK: wmill 1.850.0 client.py: a plain call in the @workflow body is not a step; it runs again on each replay round.
import time

from httpx import post as send_json
from wmill import step, task, workflow


@task(timeout=300)
async def render_digest(team: str) -> dict:
    return {"team": team, "sections": ["incidents", "deploys", "alerts"]}


@workflow
async def main(team: str, channel_url: str):
    digest = await render_digest(team)
    stamp = await step("stamp", lambda: time.strftime("%Y-%m-%d"))
    body = {"title": f"Weekly digest {stamp}", "digest": digest}
    send_json(channel_url, json=body)  # expect: WAC101
    return body
