# SDK: wmill 1.850.0 step(name, fn) checkpoints fn()'s result, so the drawn id is the same in every round
import shortuuid
from wmill import step, task, workflow


@task()
async def create_channel(channel_name: str) -> str:
    from slack_sdk import WebClient

    return WebClient(token="from-resource").conversations_create(name=channel_name)["channel"]["id"]


@task()
async def create_doc(incident_id: str, title: str) -> str:
    import requests

    resp = requests.post("https://api.notion.com/v1/pages", json={"properties": {"title": f"{incident_id}: {title}"}}, timeout=10)
    return resp.json()["url"]


@task()
async def announce(channel_id: str, doc_url: str) -> None:
    from slack_sdk import WebClient

    WebClient(token="from-resource").chat_postMessage(channel=channel_id, text=f"Incident doc: {doc_url}")


@workflow
async def main(title: str):
    incident_id = await step("incident_id", lambda: "INC-" + shortuuid.uuid()[:8].upper())
    channel = await create_channel(incident_id.lower())
    doc = await create_doc(incident_id, title)
    await announce(channel, doc)
    return {"incident": incident_id, "channel": channel}
