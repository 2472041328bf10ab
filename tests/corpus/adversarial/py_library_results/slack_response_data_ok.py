# SDK: wmill 1.850.0 client.py: SlackResponse.data is the decoded JSON body (a dict), which survives the task's JSON round trip.
from slack_sdk import WebClient
from wmill import task, workflow


@task()
async def post_announcement(channel: str, text: str) -> dict:
    client = WebClient(token="xoxb-from-resource")
    resp = client.chat_postMessage(channel=channel, text=text)
    return {"ts": resp["ts"], "channel": resp["channel"]}


@task()
async def add_reaction(channel: str, ts: str) -> None:
    WebClient(token="xoxb-from-resource").reactions_add(channel=channel, timestamp=ts, name="eyes")


@workflow
async def main(channel: str, text: str):
    resp = await post_announcement(channel, text)
    await add_reaction(channel, resp["ts"])
    return resp
