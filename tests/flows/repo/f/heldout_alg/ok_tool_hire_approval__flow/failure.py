import wmill
import requests


def main(message: str, step_id: str, branch: str, channel: str):
    slack = wmill.get_resource("f/tool_hire/slack")
    requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {slack['token']}"},
        json={"channel": channel, "text": f"[{branch}] rental flow failed at {step_id}: {message}"},
        timeout=15,
    )
    return {"reported": True}
