# SDK: wmill 1.850.0 client.py workflow(): chat_postMessage in the body posts again after each suspension (here the approval).
from slack_sdk import WebClient

from wmill import get_resume_urls, step, wait_for_approval, workflow

slack = WebClient(token="xoxb-placeholder")


@workflow
async def main(channel: str, amount: float):
    urls = await step("urls", lambda: get_resume_urls())
    slack.chat_postMessage(channel=channel, text=f"Approve {amount}: {urls['approvalPage']}")  # expect: WAC101
    decision = await wait_for_approval(timeout=3600)
    return decision["approved"]
