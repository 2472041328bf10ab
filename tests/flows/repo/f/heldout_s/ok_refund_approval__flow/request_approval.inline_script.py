import wmill
from slack_sdk import WebClient


def main(slack: dict, amount: int, customer: str, reason: str):
    urls = wmill.get_resume_urls()
    client = WebClient(token=slack["token"])
    client.chat_postMessage(
        channel="#support-managers",
        text=(
            f"Refund of {amount / 100:.2f} for {customer} ({reason}).\n"
            f"Approve: {urls['approvalPage']}\nReject: {urls['cancel']}"
        ),
    )
    return {"approval_page": urls["approvalPage"]}
