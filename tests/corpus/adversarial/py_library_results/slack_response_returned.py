# SDK: wmill 1.850.0 client.py: slack_sdk's SlackResponse is not a dict, so json.dumps(default=str) writes its string and resp["ts"] in the body indexes a str (TypeError).
from slack_sdk import WebClient
from wmill import task, workflow


@task()
async def post_announcement(channel: str, text: str):
    client = WebClient(token="xoxb-from-resource")
    return client.chat_postMessage(channel=channel, text=text)  # expect: WAC107


@task()
async def add_reaction(channel: str, ts: str) -> None:
    WebClient(token="xoxb-from-resource").reactions_add(channel=channel, timestamp=ts, name="eyes")


@workflow
async def main(channel: str, text: str):
    resp = await post_announcement(channel, text)
    await add_reaction(channel, resp["ts"])
    return {"ts": resp["ts"]}
